using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>Writes PDFs object by object, with a correct cross-reference table, the way a PDF library does.</summary>
internal static class PdfBuilder
{
    /// <param name="objects">Object bodies, numbered from 1; a body may be raw bytes (Latin-1 text) from <see cref="Stream"/>.</param>
    public static byte[] Build(params string[] objects) => Build(objects, trailer: "");

    public static byte[] Build(string[] objects, string trailer)
    {
        var pdf = new StringBuilder("%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(Encoding.Latin1.GetByteCount(pdf.ToString()));
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = Encoding.Latin1.GetByteCount(pdf.ToString());
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{o:D10} 00000 n \n");
        }
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailer}>>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    public static string Stream(string content) =>
        string.Create(CultureInfo.InvariantCulture, $"<< /Length {content.Length} >>\nstream\n{content}\nendstream");

    /// <summary>Objects packed into a compressed object stream, as PDF 1.5 writers pack them.</summary>
    public static string ObjectStream(int firstNumber, params string[] objects)
    {
        var body = new StringBuilder();
        var index = new StringBuilder();
        foreach (var (o, i) in objects.Select((o, i) => (o, i)))
        {
            index.Append(CultureInfo.InvariantCulture, $"{firstNumber + i} {body.Length} ");
            body.Append(o).Append('\n');
        }
        var raw = Encoding.Latin1.GetBytes(index.ToString() + body);
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(raw);
        }
        var packed = Encoding.Latin1.GetString(output.ToArray());
        return string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /ObjStm /N {objects.Length} /First {index.Length} /Filter /FlateDecode /Length {packed.Length} >>\nstream\n{packed}\nendstream");
    }
}
