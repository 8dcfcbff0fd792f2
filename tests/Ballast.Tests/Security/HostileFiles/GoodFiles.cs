using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using MiniExcelLibs;
using W = DocumentFormat.OpenXml.Wordprocessing;
using P = DocumentFormat.OpenXml.Presentation;
using S = DocumentFormat.OpenXml.Spreadsheet;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>Real files of every kind Ballast accepts, made the way the tools people use make them.</summary>
internal static class GoodFiles
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string PptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <summary>A project sheet as MiniExcel (and Ballast's own template) writes it.</summary>
    public static byte[] Xlsx(string name = "（安全测试）良好项目")
    {
        using var stream = new MemoryStream();
        stream.SaveAs(new[] { new Dictionary<string, object?> { ["项目名称"] = name, ["区市"] = "市南区", ["总投资"] = 1000m } });
        return stream.ToArray();
    }

    /// <summary>A workbook as the Open XML SDK (and so Excel's own object model) writes it.</summary>
    public static byte[] SdkXlsx()
    {
        using var stream = new MemoryStream();
        using (var doc = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var book = doc.AddWorkbookPart();
            book.Workbook = new S.Workbook();
            var sheet = book.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(new S.SheetData(new S.Row(new S.Cell { CellValue = new S.CellValue("台账"), DataType = S.CellValues.String })));
            book.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = book.GetIdOfPart(sheet), SheetId = 1, Name = "台账" }));
        }
        return stream.ToArray();
    }

    public static byte[] Docx(Action<MainDocumentPart>? more = null)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("技术改造项目台账说明")))));
            more?.Invoke(main);
        }
        return stream.ToArray();
    }

    /// <summary>A Word file carrying a chart's workbook, as Office embeds one: a package inside a package.</summary>
    public static byte[] DocxWithEmbeddedWorkbook() => Docx(main =>
    {
        var embedded = main.AddEmbeddedPackagePart(EmbeddedPackagePartType.Xlsx);
        using var data = new MemoryStream(SdkXlsx());
        embedded.FeedData(data);
    });

    public static byte[] Pptx()
    {
        using var stream = new MemoryStream();
        using (var doc = PresentationDocument.Create(stream, DocumentFormat.OpenXml.PresentationDocumentType.Presentation))
        {
            doc.AddPresentationPart().Presentation = new P.Presentation();
        }
        return stream.ToArray();
    }

    public static byte[] Ofd() => OfficeParts.Zip(OfficeParts.Ofd());

    /// <summary>A one-page PDF with a text line and a link, its cross-reference table at the right offsets.</summary>
    public static byte[] Pdf(string extra = "") => PdfBuilder.Build(
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] " + extra + ">>",
        PdfBuilder.Stream("BT /F1 12 Tf 72 770 Td (Ballast evidence) Tj ET"),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Annot /Subtype /Link /Rect [72 760 200 780] /A << /S /URI /URI (https://example.org/) >> >>");

    /// <summary>A 2 × 2 RGB PNG: signature, IHDR, one zlib-compressed IDAT, IEND, every CRC right.</summary>
    public static byte[] Png(uint width = 2, uint height = 2, byte[]? tail = null)
    {
        using var output = new MemoryStream();
        output.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteUInt32BigEndian(header, width);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), height);
        header[8] = 8;
        header[9] = 2;
        Chunk(output, "IHDR", header);
        using (var pixels = new MemoryStream())
        {
            using (var zlib = new ZLibStream(pixels, CompressionLevel.Optimal, leaveOpen: true))
            {
                for (var y = 0; y < Math.Min(height, 4); y++)
                {
                    zlib.Write(new byte[1 + 3 * Math.Min(width, 4)]);
                }
            }
            Chunk(output, "IDAT", pixels.ToArray());
        }
        Chunk(output, "IEND", []);
        output.Write(tail ?? []);
        return output.ToArray();
    }

    public static void Chunk(Stream output, string type, byte[] data)
    {
        var length = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(length, (uint)data.Length);
        output.Write(length);
        var body = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(body);
        var crc = new byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, TestCrc.Of(body));
        output.Write(crc);
    }

    /// <summary>An 8 × 8 mid-grey baseline JPEG: one block whose only Huffman codes are DC 0 and end-of-block.</summary>
    public static byte[] Jpeg(ushort width = 8, ushort height = 8)
    {
        var frame = new byte[] { 0xFF, 0xC0, 0x00, 0x0B, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x01, 0x01, 0x11, 0x00 };
        byte[] Table(byte @class) => [0xFF, 0xC4, 0x00, 0x14, @class, 0x01, .. new byte[15], 0x00];
        return
        [
            0xFF, 0xD8,
            0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
            0xFF, 0xDB, 0x00, 0x43, 0x00, .. Enumerable.Repeat((byte)1, 64),
            .. frame, .. Table(0x00), .. Table(0x10),
            0xFF, 0xDA, 0x00, 0x08, 0x01, 0x01, 0x00, 0x00, 0x3F, 0x00,
            0x3F,
            0xFF, 0xD9,
        ];
    }
}
