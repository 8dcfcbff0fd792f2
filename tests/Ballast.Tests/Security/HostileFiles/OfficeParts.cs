namespace Ballast.Tests.Security.HostileFiles;

/// <summary>The parts of small, well-formed Office packages as text, to be changed one part at a time
/// and zipped with <see cref="RawZip"/>.</summary>
internal static class OfficeParts
{
    private const string Ct = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const string Rel = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string Doc = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string Sml = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    public const string Office = "application/vnd.openxmlformats-officedocument.";
    public const string Decl = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>""";
    private const string OfdNs = "http://www.ofdspec.org/2016";

    /// <summary>A workbook whose one sheet holds a project row the import can read.</summary>
    public static Dictionary<string, string> Xlsx() => new()
    {
        ["[Content_Types].xml"] = Types(("/xl/workbook.xml", Office + "spreadsheetml.sheet.main+xml"),
            ("/xl/worksheets/sheet1.xml", Office + "spreadsheetml.worksheet+xml"), ("/xl/sharedStrings.xml", Office + "spreadsheetml.sharedStrings+xml")),
        ["_rels/.rels"] = Rels(("rId1", Doc + "/officeDocument", "xl/workbook.xml")),
        ["xl/workbook.xml"] = $"""{Decl}<workbook xmlns="{Sml}" xmlns:r="{Doc}"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>""",
        ["xl/_rels/workbook.xml.rels"] = Rels(("rId1", Doc + "/worksheet", "worksheets/sheet1.xml"), ("rId2", Doc + "/sharedStrings", "sharedStrings.xml")),
        ["xl/worksheets/sheet1.xml"] = Sheet("""<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>"""
            + """<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2"><v>100</v></c></row>"""),
        ["xl/sharedStrings.xml"] = $"""{Decl}<sst xmlns="{Sml}" count="5" uniqueCount="5">"""
            + "<si><t>项目名称</t></si><si><t>区市</t></si><si><t>总投资</t></si><si><t>（安全测试）项目</t></si><si><t>市南区</t></si></sst>",
    };

    public static string Sheet(string rows) => $"""{Decl}<worksheet xmlns="{Sml}"><sheetData>{rows}</sheetData></worksheet>""";

    public static Dictionary<string, string> Docx(string body = "<w:p><w:r><w:t>台账说明</w:t></w:r></w:p>") => new()
    {
        ["[Content_Types].xml"] = Types(("/word/document.xml", Office + "wordprocessingml.document.main+xml")),
        ["_rels/.rels"] = Rels(("rId1", Doc + "/officeDocument", "word/document.xml")),
        ["word/document.xml"] = $"""{Decl}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">"""
            + $"<w:body>{body}</w:body></w:document>",
    };

    public static Dictionary<string, string> Pptx() => new()
    {
        ["[Content_Types].xml"] = Types(("/ppt/presentation.xml", Office + "presentationml.presentation.main+xml")),
        ["_rels/.rels"] = Rels(("rId1", Doc + "/officeDocument", "ppt/presentation.xml")),
        ["ppt/presentation.xml"] = $"""{Decl}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>""",
    };

    public static Dictionary<string, string> Ofd() => new()
    {
        ["OFD.xml"] = $"""{Decl}<ofd:OFD xmlns:ofd="{OfdNs}" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>b1</ofd:DocID>"""
            + "</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>",
        ["Doc_0/Document.xml"] = $"""{Decl}<ofd:Document xmlns:ofd="{OfdNs}"><ofd:CommonData><ofd:MaxUnitID>1</ofd:MaxUnitID>"""
            + "</ofd:CommonData></ofd:Document>",
    };

    public static string Types(params (string Part, string Type)[] overrides) =>
        $"""{Decl}<Types xmlns="{Ct}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>"""
        + """<Default Extension="xml" ContentType="application/xml"/>"""
        + string.Concat(overrides.Select(o => $"""<Override PartName="{o.Part}" ContentType="{o.Type}"/>""")) + "</Types>";

    public static string Rels(params (string Id, string Type, string Target)[] rels) =>
        $"""{Decl}<Relationships xmlns="{Rel}">""" + string.Concat(rels.Select(r => $"""<Relationship Id="{r.Id}" Type="{r.Type}" Target="{r.Target}"/>"""))
        + "</Relationships>";

    public static byte[] Zip(Dictionary<string, string> parts, params RawZip.Entry[] more) =>
        RawZip.Write([.. parts.Select(p => RawZip.Text(p.Key, p.Value)), .. more]);

    /// <summary>The package with one part changed.</summary>
    public static byte[] With(Dictionary<string, string> parts, string part, Func<string, string> change)
    {
        parts[part] = change(parts[part]);
        return Zip(parts);
    }
}
