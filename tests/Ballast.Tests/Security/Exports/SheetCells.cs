using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Ballast.Tests.Security.Exports;

/// <summary>Every cell of an exported workbook as it is stored — text or number —, and every table cell of a
/// Word export, read from the files themselves rather than through a library that might tidy them.</summary>
internal static class SheetCells
{
    public sealed record Cell(string Sheet, string Ref, bool IsText, string Value);

    public static List<Cell> Read(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx));
        var shared = zip.GetEntry("xl/sharedStrings.xml") is { } s
            ? [.. XDocument.Load(s.Open()).Descendants().Where(e => e.Name.LocalName == "si").Select(e => e.Value)]
            : new List<string>();
        var cells = new List<Cell>();
        foreach (var sheet in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/sheet", StringComparison.Ordinal)))
        {
            foreach (var c in XDocument.Load(sheet.Open()).Descendants().Where(e => e.Name.LocalName == "c"))
            {
                var type = (string?)c.Attribute("t");
                var v = c.Elements().FirstOrDefault(e => e.Name.LocalName is "v" or "is")?.Value;
                if (v is null)
                {
                    continue;
                }
                var text = type is "s" ? shared[int.Parse(v, System.Globalization.CultureInfo.InvariantCulture)] : v;
                cells.Add(new(sheet.FullName, (string?)c.Attribute("r") ?? "", type is "s" or "str" or "inlineStr", text));
            }
        }
        return cells;
    }

    public static List<string> DocxTableTexts(byte[] docx)
    {
        using var doc = WordprocessingDocument.Open(new MemoryStream(docx), false);
        return [.. doc.MainDocumentPart!.Document!.Body!.Descendants<W.TableCell>().Select(c => c.InnerText)];
    }
}
