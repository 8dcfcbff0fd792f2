using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Ballast.Web.Features.Compendium;

/// <summary>The text of a .docx that the inspector passed, as the compendium keeps full texts: paragraphs in
/// order (headings too, each a line), a table as rows of tab-separated cells.</summary>
public static class DocxText
{
    public static string Read(byte[] docx)
    {
        using var stream = new MemoryStream(docx, writable: false);
        using var doc = WordprocessingDocument.Open(stream, isEditable: false);
        var body = doc.MainDocumentPart?.Document?.Body;
        if (body is null)
        {
            return "";
        }
        var text = new StringBuilder();
        foreach (var element in body.ChildElements)
        {
            switch (element)
            {
                case Paragraph p:
                    text.AppendLine(Line(p));
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                    {
                        text.AppendLine(string.Join('\t', row.Elements<TableCell>()
                            .Select(c => string.Join(' ', c.Elements<Paragraph>().Select(Line).Where(l => l.Length > 0)))));
                    }
                    break;
                default:
                    break;
            }
        }
        // Empty paragraphs that only space a document out are not kept in threes.
        var lines = text.ToString().Split('\n').Select(l => l.TrimEnd('\r', ' ')).ToList();
        return string.Join('\n', lines.Where((l, i) => l.Length > 0 || (i > 0 && lines[i - 1].Length > 0))).Trim();
    }

    private static string Line(Paragraph p) => string.Concat(p.Descendants().Select(e => e switch
    {
        Text t => t.Text,
        TabChar => "\t",
        Break => "\n",
        _ => "",
    })).Trim();
}
