using System.IO.Compression;
using System.Text;

namespace Ballast.Tests.Excel;

/// <summary>Hand-written .xlsx packages, for shapes other writers produce and MiniExcel never does.</summary>
internal static class RawXlsx
{
    private const string Ns = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PkgRels = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>A one-sheet workbook; <paramref name="rows"/> is the inner XML of sheetData.</summary>
    /// <param name="sharedStrings">The &lt;si&gt; items, or null for a package without a sharedStrings part.</param>
    /// <param name="sheetTarget">The relationship target of the sheet, relative to xl/ or absolute.</param>
    /// <param name="sheetPath">The zip entry the target means, when it is not plainly the target.</param>
    public static MemoryStream Sheet(string rows, string? sharedStrings = null, string sheetTarget = "worksheets/sheet1.xml", string? sheetPath = null)
    {
        sheetPath ??= sheetTarget.StartsWith('/') ? sheetTarget[1..] : "xl/" + sheetTarget;
        var strings = sharedStrings is null ? "" :
            $"""<Relationship Id="rId2" Type="{RelNs}/sharedStrings" Target="sharedStrings.xml"/>""";
        var parts = new List<(string, string)>
        {
            ("[Content_Types].xml", ContentTypes(sheetPath, sharedStrings is not null)),
            ("_rels/.rels",
                $"""<Relationships xmlns="{PkgRels}"><Relationship Id="rId1" Type="{RelNs}/officeDocument" Target="xl/workbook.xml"/></Relationships>"""),
            ("xl/workbook.xml", $"""<workbook xmlns="{Ns}" xmlns:r="{RelNs}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>"""),
            ("xl/_rels/workbook.xml.rels",
                $"""<Relationships xmlns="{PkgRels}"><Relationship Id="rId1" Type="{RelNs}/worksheet" Target="{sheetTarget}"/>{strings}</Relationships>"""),
            (sheetPath, $"""<worksheet xmlns="{Ns}"><sheetData>{rows}</sheetData></worksheet>"""),
        };
        if (sharedStrings is not null)
        {
            parts.Add(("xl/sharedStrings.xml", $"""<sst xmlns="{Ns}">{sharedStrings}</sst>"""));
        }

        return Zip([.. parts]);
    }

    /// <summary>An inline-string cell; <paramref name="r"/> null leaves the address out.</summary>
    public static string Str(string text, string? r = null) => $"""<c{At(r)} t="inlineStr"><is><t>{text}</t></is></c>""";

    public static string Num(string value, string? r = null) => $"""<c{At(r)}><v>{value}</v></c>""";

    public static string Row(string? r, params string[] cells) => $"""<row{At(r)}>{string.Concat(cells)}</row>""";

    public static MemoryStream Zip(params (string Name, string Text)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, text) in entries)
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(text);
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static string At(string? r) => r is null ? "" : $" r=\"{r}\"";

    private static string ContentTypes(string sheetPath, bool sharedStrings)
    {
        const string Ct = "application/vnd.openxmlformats-officedocument.spreadsheetml";
        var sst = sharedStrings ? $"""<Override PartName="/xl/sharedStrings.xml" ContentType="{Ct}.sharedStrings+xml"/>""" : "";
        return $"""
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/xl/workbook.xml" ContentType="{Ct}.sheet.main+xml"/>
            <Override PartName="/{sheetPath}" ContentType="{Ct}.worksheet+xml"/>{sst}</Types>
            """;
    }
}
