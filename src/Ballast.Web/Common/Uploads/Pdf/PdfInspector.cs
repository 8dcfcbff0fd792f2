using System.IO.Compression;

namespace Ballast.Web.Common.Uploads;

/// <summary>
/// A PDF evidence file is a document to read, so what only a viewer's active features use is refused:
/// JavaScript, launch actions, embedded files, rich media and XFA forms, found by their names wherever they
/// are — escaped with #xx, or inside compressed object streams, which are inflated (within a budget) to be
/// read too. An encrypted PDF is refused: its object streams cannot be read. The file must start with the
/// PDF header, end with %%EOF, and not also be a zip (a polyglot).
/// </summary>
internal static class PdfInspector
{
    private static readonly HashSet<string> Active = new(StringComparer.Ordinal)
    {
        "JavaScript", "Launch", "EmbeddedFile", "EmbeddedFiles", "RichMedia", "XFA", "GoToE",
    };

    /// <summary>Filters Ballast can undo to read an object stream; any other leaves it unreadable.</summary>
    private static readonly HashSet<string> Filters = new(StringComparer.Ordinal)
    {
        "ASCIIHexDecode", "ASCII85Decode", "LZWDecode", "RunLengthDecode", "Crypt", "AHx", "A85", "LZW", "RL", "DecodeParms", "Predictor",
    };

    private const int MaxObjectStream = 16 * 1024 * 1024;

    public static void Check(byte[] pdf, UploadLimits limits)
    {
        if (pdf.Length < 8 || pdf[5] is not ((byte)'1' or (byte)'2') || pdf[6] != '.')
        {
            throw UploadRefusedException.Damaged(UploadReasons.BadPdf);
        }
        Polyglot.Check(pdf);
        if (pdf.AsSpan(Math.Max(0, pdf.Length - 1024)).IndexOf("%%EOF"u8) < 0)
        {
            throw UploadRefusedException.Damaged(UploadReasons.NoEnd);
        }
        var counter = new InflateCounter(limits.MaxInflatedBytes);
        Scan(pdf, 0, pdf.Length, counter, objectStreams: true);
    }

    private static void Scan(byte[] bytes, int start, int end, InflateCounter counter, bool objectStreams)
    {
        foreach (var (name, at) in PdfNames.In(bytes, start, end))
        {
            if (Active.Contains(name))
            {
                throw new UploadRefusedException(UploadReasons.PdfActive, "/" + name);
            }
            if (name == "Encrypt")
            {
                throw new UploadRefusedException(UploadReasons.PdfEncrypted);
            }
            if (name == "ObjStm")
            {
                if (!objectStreams)
                {
                    throw UploadRefusedException.Damaged(UploadReasons.UnreadableObjects);
                }
                ObjectStream(bytes, at, end, counter);
            }
        }
    }

    /// <summary>The compressed objects an object stream holds, inflated and read like the file itself.</summary>
    private static void ObjectStream(byte[] bytes, int typeAt, int end, InflateCounter counter)
    {
        var objStart = bytes.AsSpan(0, typeAt).LastIndexOf("obj"u8);
        var keyword = bytes.AsSpan(typeAt, end - typeAt).IndexOf("stream"u8);
        var dataStart = typeAt + keyword + "stream".Length;
        if (objStart < 0 || keyword < 0 || dataStart + 2 >= end)
        {
            throw UploadRefusedException.Damaged(UploadReasons.UnreadableObjects);
        }
        dataStart += bytes[dataStart] == '\r' && bytes[dataStart + 1] == '\n' ? 2 : 1;
        var dataEnd = bytes.AsSpan(dataStart, end - dataStart).IndexOf("endstream"u8);
        var dictionary = PdfNames.In(bytes, objStart, typeAt + keyword).Select(n => n.Name).ToList();
        if (dataEnd < 0 || dictionary.Any(Filters.Contains))
        {
            throw UploadRefusedException.Damaged(UploadReasons.UnreadableObjects);
        }
        if (!dictionary.Contains("FlateDecode") && !dictionary.Contains("Fl"))
        {
            return; // not compressed: its names were read with the file's
        }
        var inflated = Inflate(bytes, dataStart, dataEnd, counter);
        Scan(inflated, 0, inflated.Length, counter, objectStreams: false);
    }

    private static byte[] Inflate(byte[] bytes, int start, int length, InflateCounter counter)
    {
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(bytes, start, length, writable: false), CompressionMode.Decompress);
            using var output = new MemoryStream();
            var buffer = new byte[64 * 1024];
            int n;
            while ((n = zlib.Read(buffer)) > 0)
            {
                counter.Take(n);
                if (output.Length + n > MaxObjectStream)
                {
                    throw UploadRefusedException.Damaged(UploadReasons.UnreadableObjects);
                }
                output.Write(buffer, 0, n);
            }
            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            throw UploadRefusedException.Damaged(UploadReasons.UnreadableObjects);
        }
    }
}
