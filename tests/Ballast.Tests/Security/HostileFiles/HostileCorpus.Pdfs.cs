using System.Text;

namespace Ballast.Tests.Security.HostileFiles;

public static partial class HostileCorpus
{
    private static byte[] PdfWith(string catalogExtra, string trailer = "", params string[] more) =>
        PdfBuilder.Build([$"<< /Type /Catalog /Pages 2 0 R {catalogExtra}>>", "<< /Type /Pages /Kids [] /Count 0 >>", .. more], trailer);

    private static IEnumerable<HostileFile> Pdfs()
    {
        HostileFile Pdf(string name, byte[] bytes, string reason) => Other(name, ".pdf", "application/pdf", bytes, reason);
        yield return Pdf("pdf-javascript", PdfWith("/OpenAction << /S /JavaScript /JS (app.alert(1)) >> "), "/JavaScript");
        yield return Pdf("pdf-javascript-escaped", PdfWith("/OpenAction << /S /J#61va#53cript /JS (app.alert(1)) >> "), "/JavaScript");
        yield return Pdf("pdf-javascript-names", PdfWith("/Names << /JavaScript 3 0 R >> ", "", "<< /Names [(a) 4 0 R] >>",
            "<< /S /JavaScript /JS (this.exportDataObject()) >>"), "/JavaScript");
        yield return Pdf("pdf-launch", PdfWith("/OpenAction << /S /Launch /F (cmd.exe) >> "), "/Launch");
        yield return Pdf("pdf-embedded-file", PdfWith("/Names << /EmbeddedFiles 3 0 R >> ", "", "<< /Names [(a.exe) 4 0 R] >>",
            "<< /Type /Filespec /F (a.exe) >>"), "/EmbeddedFiles");
        yield return Pdf("pdf-richmedia", PdfWith("", "", "<< /Type /Annot /Subtype /RichMedia >>"), "/RichMedia");
        yield return Pdf("pdf-xfa", PdfWith("/AcroForm << /Fields [] /XFA 3 0 R >> ", "", PdfBuilder.Stream("<xdp/>")), "/XFA");
        var packed = PdfBuilder.ObjectStream(4, "<< /S /JavaScript /JS (app.alert(1)) >>");
        yield return Pdf("pdf-script-in-object-stream", PdfWith("/OpenAction 4 0 R ", "", packed), "/JavaScript");
        yield return Pdf("pdf-object-stream-lzw", PdfWith("", "", "<< /Type /ObjStm /N 1 /First 4 /Filter /LZWDecode /Length 4 >>\nstream\nabcd\nendstream"),
            "PDF 对象流无法检查");
        yield return Pdf("pdf-encrypted", PdfWith("", "/Encrypt 3 0 R ", "<< /Filter /Standard /V 2 /R 3 /O (x) /U (y) /P -4 >>"), "已加密或设置了权限密码");
        var good = GoodFiles.Pdf();
        yield return Pdf("pdf-truncated", good[..^10], "缺少结束标记");
        yield return Pdf("pdf-bad-version", Encoding.ASCII.GetBytes("%PDF-x\n%%EOF\n"), "PDF 结构无效");
    }
}
