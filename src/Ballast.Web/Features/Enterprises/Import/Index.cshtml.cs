using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Upload → preview with every row's reason → commit (the good rows, or all or nothing) → result:
/// firms, designation lists or yearly figures. The form says what the sheet does not (kind, level, year, source).</summary>
[Function(Policies.BusinessWrite)]
public sealed class ImportModel(AppDbContext db, EnterpriseImporter importer, UploadInspector inspector, Texts t, IConfiguration configuration)
    : PageModel
{
    public const int ShownRows = 1_000;

    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = EnterpriseImporter.DesignationsKind;
    [BindProperty(SupportsGet = true)] public string? KindCode { get; set; }
    [BindProperty(SupportsGet = true)] public DesignationLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public string? Source { get; set; }
    [BindProperty(SupportsGet = true)] public bool AllOrNothing { get; set; }
    [BindProperty(SupportsGet = true)] public string? FileHash { get; set; }
    [BindProperty(SupportsGet = true)] public string? FileName { get; set; }

    public ImportPreview? Preview { get; private set; }
    public ImportResult? Result { get; private set; }
    public string? Error { get; private set; }
    public IReadOnlyList<SelectListItem> Kinds { get; private set; } = [];

    public int MaxRows => ImportLimits.MaxRows(configuration);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file)
    {
        await LoadAsync();
        if (file is null)
        {
            Error = t["请选择要上传的 Excel 文件（.xlsx）"];
            return Page();
        }
        var (bytes, hash, refusal) = await ImportFiles.ReadAsync(file, inspector, HttpContext.RequestAborted);
        if (bytes is null || hash is null)
        {
            Error = refusal!.Message(t);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        FileName = UploadNames.BaseName(file.FileName);
        await ImportFiles.KeepAsync(db, hash, bytes);
        Preview = await importer.PreviewAsync(Kind, bytes, FileName, Options);
        FileHash = hash;
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync()
    {
        await LoadAsync();
        var bytes = FileHash is null ? null : await ImportFiles.LoadAsync(db, FileHash);
        if (bytes is null)
        {
            Error = t["上传的文件已过期，请重新上传"];
            return Page();
        }
        Result = await importer.CommitAsync(Kind, bytes, Name, Options);
        return Page();
    }

    public async Task<IActionResult> OnGetErrorsAsync()
    {
        var bytes = FileHash is null ? null : await ImportFiles.LoadAsync(db, FileHash);
        if (bytes is null)
        {
            return NotFound();
        }
        var preview = await importer.PreviewAsync(Kind, bytes, Name, Options);
        return File(await ImportFiles.ErrorReportAsync(preview), ListExport.ContentType, "import-errors.xlsx");
    }

    public async Task<IActionResult> OnGetTemplateAsync()
    {
        var example = new Dictionary<string, object?>
        {
            ["Name"] = "（示例）青岛某某科技有限公司", ["Uscc"] = "91370211MA3C1234X0", ["District"] = "西海岸新区", ["Year"] = "2023",
            ["Kind"] = "省级专精特新中小企业", ["Revenue"] = 12000, ["Employees"] = 260, ["Source"] = "统计局年报",
        };
        var bytes = await ImportFiles.TemplateAsync(EnterpriseImporter.SpecsOf(Kind), example,
            ["先按统一社会信用代码匹配企业库中的企业；未填代码时按企业名称（含曾用名）匹配，名称对应多家企业时不导入并说明原因。",
             "认定名单未写认定类别、级别或年度时，按上传时的选择导入；“批次”列中的年份（如 2023年第一批）读作认定年度。",
             "年度数据金额以万元填写（表头写明“亿元”时按亿元读取）；空单元格不清除已有数据。",
             "同一文件以相同选项再次导入不会重复写入。"]);
        return File(bytes, ListExport.ContentType, $"ballast-{Kind}-template.xlsx");
    }

    public ImportOptions Options => new(EnterpriseInput.Clean(KindCode), Level, Year, EnterpriseInput.Clean(Source), AllOrNothing);

    private string Name => string.IsNullOrWhiteSpace(FileName) ? "upload.xlsx" : Path.GetFileName(FileName);

    public string Query =>
        $"?Kind={Kind}&KindCode={KindCode}&Level={Level}&Year={Year}&Source={Uri.EscapeDataString(Source ?? "")}&AllOrNothing={AllOrNothing}";

    private async Task LoadAsync()
    {
        Kind = EnterpriseImporter.Kinds.Contains(Kind) ? Kind : EnterpriseImporter.DesignationsKind;
        Kinds = await Choices.KindsAsync(db, KindCode, DesignationSubject.Firm);
    }
}
