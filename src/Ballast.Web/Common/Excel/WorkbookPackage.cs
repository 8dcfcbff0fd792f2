using System.IO.Compression;
using System.Text;

namespace Ballast.Web.Common.Excel;

/// <summary>
/// Rebuilds an uploaded workbook as the minimal package MiniExcel reads best: the workbook, its
/// sheets at the usual paths with every row and cell addressed, shared strings and styles.
/// Every byte is inflated through one <see cref="InflateBudget"/>, so a lying archive cannot
/// inflate past the cap; drawings, macros and other parts are left behind unread.
/// </summary>
internal static class WorkbookPackage
{
    private const string Ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
    private const string OfficeRels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>Null when the workbook names no worksheet that the archive holds.</summary>
    /// <param name="mostRows">The most rows holding a value in any one sheet: a bound on the data rows, known before any is read.</param>
    public static MemoryStream? Normalise(ZipArchive source, long maxBytes, out int mostRows)
    {
        mostRows = 0;
        var budget = new InflateBudget(maxBytes);
        var parts = source.Entries.DistinctBy(e => e.FullName, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(e => e.FullName, StringComparer.OrdinalIgnoreCase);
        if (!parts.TryGetValue("xl/_rels/workbook.xml.rels", out var rels) || !parts.TryGetValue("xl/workbook.xml", out var workbook))
        {
            return null;
        }

        var output = new MemoryStream();
        var kept = new List<Relationship>();
        var sheets = 0;
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var rel in Relationship.Read(budget.Wrap(rels.Open())))
            {
                var kind = TypeOf(rel);
                var name = kind switch
                {
                    "worksheet" => $"worksheets/sheet{sheets + 1}.xml",
                    "sharedStrings" or "styles" when kept.All(k => TypeOf(k) != kind) => kind + ".xml",
                    _ => null,
                };
                if (name is not null && parts.TryGetValue(Relationship.Resolve(rel.Target), out var part))
                {
                    sheets += kind == "worksheet" ? 1 : 0;
                    mostRows = Math.Max(mostRows, Copy(part, zip, "xl/" + name, budget, isSheet: kind == "worksheet"));
                    kept.Add(rel with { Target = name });
                }
            }

            if (sheets == 0)
            {
                return null; // the archive writes its directory into output on dispose: output must stay open until then
            }

            _ = Copy(workbook, zip, "xl/workbook.xml", budget, isSheet: false);
            Write(zip, "xl/_rels/workbook.xml.rels", Relationship.Document(kept));
            Write(zip, "_rels/.rels", Relationship.Document([new("rId1", OfficeRels + "/officeDocument", "xl/workbook.xml")]));
            Write(zip, "[Content_Types].xml", ContentTypes(kept));
        }

        output.Position = 0;
        return output;
    }

    private static int Copy(ZipArchiveEntry part, ZipArchive zip, string name, InflateBudget budget, bool isSheet)
    {
        using var input = budget.Wrap(part.Open());
        return PackageXml.Copy(input, zip.CreateEntry(name, CompressionLevel.Fastest).Open(), isSheet);
    }

    private static void Write(ZipArchive zip, string name, string xml)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Encoding.UTF8.GetBytes(xml));
    }

    private static string ContentTypes(IEnumerable<Relationship> parts)
    {
        var overrides = parts.Select(p => $"""<Override PartName="/xl/{p.Target}" ContentType="{Ct}.{TypeOf(p)}+xml"/>""");
        return $"""
            <?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="{Ct}.sheet.main+xml"/>{string.Concat(overrides)}</Types>
            """;
    }

    private static string TypeOf(Relationship part) => part.Type[(part.Type.LastIndexOf('/') + 1)..];
}
