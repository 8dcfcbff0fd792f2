using System.Text;

namespace Ballast.Tests.Security.HostileFiles;

public static partial class HostileCorpus
{
    private static readonly byte[] Cfb = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] Html = Encoding.UTF8.GetBytes("<!DOCTYPE html><html><body><script>fetch('/api/users')</script></body></html>");
    private static readonly byte[] Svg =
        Encoding.UTF8.GetBytes("""<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>""");
    private static readonly byte[] Exe = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];

    private static IEnumerable<HostileFile> Disguises()
    {
        const string Legacy = "旧版 Office 格式或设置了打开密码";
        yield return Xlsx("cfb-encrypted", [.. Cfb, .. new byte[4088]], Legacy);
        yield return Other("cfb-as-docx", ".docx", GoodFiles.DocxType, [.. Cfb, .. new byte[4088]], Legacy);
        yield return Xlsx("exe-as-xlsx", [.. Exe, .. new byte[2048]], "实际是可执行程序");
        yield return Xlsx("elf-as-xlsx", [0x7F, 0x45, 0x4C, 0x46, .. new byte[2048]], "实际是可执行程序");
        yield return Other("html-as-png", ".png", "image/png", Html, "实际是HTML 网页");
        yield return Other("svg-as-png", ".png", "image/png", Svg, "实际是HTML 网页");
        yield return Other("html-as-pdf", ".pdf", "application/pdf", Html, "实际是HTML 网页");
        yield return Other("zip-as-pdf", ".pdf", "application/pdf", GoodFiles.Xlsx(), "实际是ZIP 压缩包");
        yield return Xlsx("pdf-as-xlsx", GoodFiles.Pdf(), "实际是PDF 文档");
        yield return Other("png-as-jpg", ".jpg", "image/jpeg", GoodFiles.Png(), "实际是PNG 图片");
        yield return Other("gif-as-jpg", ".jpg", "image/jpeg", [.. "GIF89a"u8, 1, 0, 1, 0, 0, 0, 0, 0x3B], "实际是GIF 图片");
        const string Polyglot = "同时也是一个压缩包";
        yield return Other("pdf-zip-polyglot", ".pdf", "application/pdf", [.. GoodFiles.Pdf(), .. GoodFiles.Xlsx()], Polyglot);
        var pdf = GoodFiles.Pdf();
        yield return Other("pdf-zip-before-eof", ".pdf", "application/pdf", [.. pdf[..^6], .. GoodFiles.Xlsx(), .. "\n%%EOF\n"u8], Polyglot);
        yield return Xlsx("zip-with-pdf-header", [.. "%PDF-1.7\n"u8, .. GoodFiles.Xlsx()], "实际是PDF 文档");
        yield return Other("png-zip-polyglot", ".png", "image/png", GoodFiles.Png(tail: GoodFiles.Xlsx()), Polyglot);
        yield return Other("jpeg-zip-polyglot", ".jpg", "image/jpeg", [.. GoodFiles.Jpeg(), .. GoodFiles.Xlsx()], Polyglot);
        yield return Xlsx("docx-as-xlsx", GoodFiles.Docx(), "实际是Word 文档");
        yield return Xlsx("pptx-as-xlsx", GoodFiles.Pptx(), "实际是PowerPoint 演示文稿");
        yield return Xlsx("ofd-as-xlsx", GoodFiles.Ofd(), "缺少必需的部件「[Content_Types].xml」");
        yield return Other("xlsx-as-docx", ".docx", GoodFiles.DocxType, GoodFiles.Xlsx(), "实际是Excel 工作簿");
        yield return Other("xlsx-as-pptx", ".pptx", GoodFiles.PptxType, GoodFiles.SdkXlsx(), "实际是Excel 工作簿");
        yield return Other("docx-as-ofd", ".ofd", "application/ofd", GoodFiles.Docx(), "缺少必需的部件「OFD.xml」");
        yield return new("declared-html", "declared-html.xlsx", "text/html", GoodFiles.Xlsx(), "声明的类型（text/html）", "声明的类型（text/html）");
        yield return Other("declared-png", ".pdf", "image/png", GoodFiles.Pdf(), "声明的类型（image/png）");
        foreach (var (name, type) in new[] { ("legacy.xls", "application/vnd.ms-excel"), ("payload.exe", "application/octet-stream"),
                     ("page.html", "text/html"), ("archive.zip", "application/zip"), ("note.txt", "text/plain"), ("image.svg", "image/svg+xml"),
                     ("report.pdf.exe", "application/octet-stream"), ("macro.xlsm", "application/vnd.ms-excel.sheet.macroEnabled.12") })
        {
            yield return new("not-allowed-" + name, name, type, GoodFiles.Xlsx(), HostileFile.NotForImport, HostileFile.NotForImport);
        }
        yield return Xlsx("exe-double-extension", [.. Exe, .. new byte[2048]], "实际是可执行程序") with { FileName = "report.exe.xlsx" };
    }
}
