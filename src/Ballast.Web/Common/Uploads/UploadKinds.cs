namespace Ballast.Web.Common.Uploads;

/// <summary>
/// The kinds of file each purpose takes. Evidence is what a reviewer reads to believe a figure: documents
/// (PDF, OFD — the fixed-layout format of Chinese e-government documents —, Word, Excel, PowerPoint) and
/// photographs (JPG, PNG). Not taken: legacy .doc/.xls/.ppt and macro-enabled files (active content),
/// archives, HTML, SVG and plain text (a note belongs in the submission's narrative).
/// </summary>
public static class UploadKinds
{
    private const string Ooxml = "application/vnd.openxmlformats-officedocument.";

    public static readonly UploadKind Xlsx = new(".xlsx", "Excel 工作簿（.xlsx）", UploadFormat.Ooxml, [Ooxml + "spreadsheetml.sheet"],
        Ooxml + "spreadsheetml.sheet.main+xml");

    public static readonly UploadKind Docx = new(".docx", "Word 文档（.docx）", UploadFormat.Ooxml, [Ooxml + "wordprocessingml.document"],
        Ooxml + "wordprocessingml.document.main+xml");

    public static readonly UploadKind Pptx = new(".pptx", "PowerPoint 演示文稿（.pptx）", UploadFormat.Ooxml, [Ooxml + "presentationml.presentation"],
        Ooxml + "presentationml.presentation.main+xml");

    public static readonly UploadKind Pdf = new(".pdf", "PDF 文档", UploadFormat.Pdf, ["application/pdf"]);

    // Browsers know no type for .ofd: they declare none or application/octet-stream, which is accepted for every kind.
    public static readonly UploadKind Ofd = new(".ofd", "OFD 版式文档", UploadFormat.Ofd, ["application/ofd"]);

    public static readonly UploadKind Png = new(".png", "PNG 图片", UploadFormat.Png, ["image/png"]);

    public static readonly UploadKind Jpeg = new(".jpg", "JPG 图片", UploadFormat.Jpeg, ["image/jpeg", "image/pjpeg"]);

    private static readonly UploadKind Jpe = Jpeg with { Extension = ".jpeg" };

    public static readonly IReadOnlyList<UploadKind> OfficeKinds = [Xlsx, Docx, Pptx];

    public static IReadOnlyList<UploadKind> For(UploadPurpose purpose) => purpose switch
    {
        UploadPurpose.Import => [Xlsx],
        _ => [Pdf, Ofd, Docx, Xlsx, Pptx, Jpeg, Jpe, Png],
    };

    /// <summary>The kinds as the refusal lists them.</summary>
    public static string Allowed(UploadPurpose purpose) => purpose switch
    {
        UploadPurpose.Import => "Excel 工作簿（.xlsx）",
        _ => "PDF、OFD、Word（.docx）、Excel（.xlsx）、PowerPoint（.pptx）、JPG、PNG",
    };

    /// <summary>The type a stored file is served with: its own when it is one Ballast accepts (none of them
    /// runs in a browser), application/octet-stream for anything else.</summary>
    public static string Served(string? stored) =>
        For(UploadPurpose.Evidence).Any(k => string.Equals(k.ContentType, stored, StringComparison.OrdinalIgnoreCase)) ? stored!.ToLowerInvariant()
            : "application/octet-stream";
}
