using System.IO.Compression;
using System.Text;
using MiniExcelLibs;

namespace Ballast.Tests.Excel;

/// <summary>Builds real .xlsx files in memory, row by row as a sheet shows them.</summary>
internal static class Xlsx
{
    public static MemoryStream Build(params object?[][] rows) => Build(rows, merges: []);

    /// <param name="merges">Ranges such as "D1:E1", written as Excel writes merged cells.</param>
    public static MemoryStream Build(IReadOnlyList<object?[]> rows, IReadOnlyList<string> merges)
    {
        var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, ToDictionaries(rows), printHeader: false);
        if (merges.Count > 0)
        {
            AddMerges(stream, merges);
        }

        stream.Position = 0;
        return stream;
    }

    /// <summary>Several named sheets.</summary>
    public static MemoryStream Sheets(params (string Name, object?[][] Rows)[] sheets)
    {
        var stream = new MemoryStream();
        var book = sheets.ToDictionary(s => s.Name, s => (object)ToDictionaries(s.Rows));
        MiniExcel.SaveAs(stream, book, printHeader: false);
        stream.Position = 0;
        return stream;
    }

    private static List<Dictionary<string, object?>> ToDictionaries(IReadOnlyList<object?[]> rows)
    {
        var width = rows.Max(r => r.Length);
        return rows
            .Select(r => Enumerable.Range(0, width).ToDictionary(i => ((char)('A' + i)).ToString(), i => i < r.Length ? r[i] : null))
            .ToList();
    }

    private static void AddMerges(MemoryStream stream, IReadOnlyList<string> merges)
    {
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true);
        var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
        string xml;
        using (var reader = new StreamReader(entry.Open(), Encoding.UTF8))
        {
            xml = reader.ReadToEnd();
        }

        var cells = string.Concat(merges.Select(m => $"<x:mergeCell ref=\"{m}\"/>"));
        xml = xml.Replace("</x:sheetData>", $"</x:sheetData><x:mergeCells count=\"{merges.Count}\">{cells}</x:mergeCells>", StringComparison.Ordinal);
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}

/// <summary>An upload stream that cannot seek, like a raw request body.</summary>
internal sealed class ForwardOnlyStream(Stream inner) : Stream
{
    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
