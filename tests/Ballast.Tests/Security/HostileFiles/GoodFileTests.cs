using Ballast.Web.Common.Uploads;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>The inspector refuses what is hostile, not what is ordinary: a real file of each kind passes.</summary>
public sealed class GoodFileTests
{
    public static TheoryData<string> Kinds => [.. Good.Keys];

    private static readonly Dictionary<string, (string Name, string Type, Func<byte[]> Make)> Good = new()
    {
        ["xlsx-miniexcel"] = ("台账.xlsx", GoodFiles.XlsxType, () => GoodFiles.Xlsx()),
        ["xlsx-sdk"] = ("台账.XLSX", GoodFiles.XlsxType, GoodFiles.SdkXlsx),
        ["xlsx-undeclared"] = ("台账.xlsx", "", () => GoodFiles.Xlsx()),
        ["xlsx-octet-stream"] = ("台账.xlsx", "application/octet-stream", () => GoodFiles.Xlsx()),
        ["xlsx-raw-parts"] = ("项目.xlsx", GoodFiles.XlsxType, () => OfficeParts.Zip(OfficeParts.Xlsx())),
        ["docx"] = ("说明.docx", GoodFiles.DocxType, () => GoodFiles.Docx()),
        ["docx-with-chart-workbook"] = ("图表说明.docx", GoodFiles.DocxType, GoodFiles.DocxWithEmbeddedWorkbook),
        ["docx-with-hyperlink"] = ("链接.docx", GoodFiles.DocxType, () => GoodFiles.Docx(main =>
            main.AddHyperlinkRelationship(new Uri("https://www.qingdao.gov.cn/"), true))),
        ["pptx"] = ("汇报.pptx", GoodFiles.PptxType, GoodFiles.Pptx),
        ["pdf"] = ("报告.pdf", "application/pdf", () => GoodFiles.Pdf()),
        ["pdf-object-stream"] = ("报告.pdf", "application/pdf", () => PdfBuilder.Build(
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>", PdfBuilder.ObjectStream(4, "<< /Title (台账) >>"))),
        ["ofd"] = ("电子公文.ofd", "", GoodFiles.Ofd),
        ["ofd-declared"] = ("电子公文.ofd", "application/ofd", GoodFiles.Ofd),
        ["png"] = ("照片.png", "image/png", () => GoodFiles.Png()),
        ["png-large-photo"] = ("照片.png", "image/png", () => GoodFiles.Png(8000, 6000)),
        ["jpg"] = ("现场.jpg", "image/jpeg", () => GoodFiles.Jpeg()),
        ["jpeg"] = ("现场.JPEG", "image/pjpeg", () => GoodFiles.Jpeg(4000, 3000)),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void A_real_file_of_each_allowed_kind_passes_as_evidence(string kind)
    {
        var (name, type, make) = Good[kind];
        var bytes = make();

        var inspection = UploadInspector.Check(name, type, bytes, UploadPurpose.Evidence, new UploadLimits());

        Assert.True(inspection.Passed, inspection.Refusal?.ToString());
        Assert.Equal(name, inspection.Upload.FileName);
        Assert.Same(bytes, inspection.Upload.Content);
        Assert.Equal(Path.GetExtension(name).ToLowerInvariant().Replace("jpeg", "jpg", StringComparison.Ordinal),
            inspection.Upload.Kind.Extension.Replace("jpeg", "jpg", StringComparison.Ordinal));
    }

    [Fact]
    public void A_workbook_passes_as_an_import_and_nothing_else_does()
    {
        Assert.True(UploadInspector.Check("项目.xlsx", GoodFiles.XlsxType, GoodFiles.Xlsx(), UploadPurpose.Import, new UploadLimits()).Passed);
        foreach (var (name, type, make) in Good.Values.Where(g => !g.Name.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)))
        {
            var refusal = UploadInspector.Check(name, type, make(), UploadPurpose.Import, new UploadLimits()).Refusal;
            Assert.Equal($"文件「{name}」的类型不在允许范围内，只接受：Excel 工作簿（.xlsx）", refusal?.ToString());
        }
    }

    [Fact]
    public void A_folder_sent_with_the_name_is_dropped_and_never_kept()
    {
        var inspection = UploadInspector.Check(@"C:\Users\王\..\..\台账.xlsx", GoodFiles.XlsxType, GoodFiles.Xlsx(), UploadPurpose.Evidence, new());

        Assert.Equal("台账.xlsx", inspection.Upload?.FileName);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", inspection.Upload?.ContentType);
    }
}
