using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects.Import;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Compendium;

/// <summary>Upload → preview with every row's verdict (new, update, unchanged, or refused and why) → commit
/// (the good rows, or all or nothing) → result. Who may edit policies may import them.</summary>
[Function(Policies.BusinessWrite)]
public sealed class PolicyImportModel(AppDbContext db, PolicyImporter importer, UploadInspector inspector, Texts t, IConfiguration configuration)
    : PageModel
{
    public const int ShownRows = 1_000;

    [BindProperty(SupportsGet = true)] public bool AllOrNothing { get; set; }
    [BindProperty(SupportsGet = true)] public string? FileHash { get; set; }
    [BindProperty(SupportsGet = true)] public string? FileName { get; set; }

    public ImportPreview? Preview { get; private set; }
    public ImportResult? Result { get; private set; }
    public string? Error { get; private set; }
    public int MaxRows => ImportLimits.MaxRows(configuration);

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file)
    {
        var (bytes, hash, refusal) = await ImportFiles.ReadAsync(file, inspector, HttpContext.RequestAborted);
        if (bytes is null || hash is null)
        {
            Error = file is null ? t["请选择要上传的 Excel 文件（.xlsx）"] : refusal!.Message(t);
            Response.StatusCode = file is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        FileName = UploadNames.BaseName(file!.FileName);
        await ImportFiles.KeepAsync(db, hash, bytes);
        Preview = await importer.PreviewAsync(bytes, Name, AllOrNothing);
        FileHash = hash;
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync()
    {
        var bytes = FileHash is null ? null : await ImportFiles.LoadAsync(db, FileHash);
        if (bytes is null)
        {
            Error = t["上传的文件已过期，请重新上传"];
            return Page();
        }
        Result = await importer.CommitAsync(bytes, Name, AllOrNothing);
        return Page();
    }

    public async Task<IActionResult> OnGetErrorsAsync()
    {
        var bytes = FileHash is null ? null : await ImportFiles.LoadAsync(db, FileHash);
        if (bytes is null)
        {
            return NotFound();
        }
        var report = await ImportFiles.ErrorReportAsync(await importer.PreviewAsync(bytes, Name, AllOrNothing));
        return File(report, ListExport.ContentType, "policy-import-errors.xlsx");
    }

    public async Task<IActionResult> OnGetTemplateAsync()
    {
        var example = new Dictionary<string, object?>
        {
            ["Title"] = "（示例）青岛市支持集成电路产业发展若干政策", ["DocumentNumber"] = "青政发〔2023〕5号", ["Issuer"] = "青岛市人民政府",
            ["Level"] = "市级", ["Kind"] = "精准", ["EffectiveOn"] = "2023-05-01", ["ExpiresOn"] = "2025-12-31", ["Chains"] = "集成电路",
            ["Divisions"] = "39", ["Summary"] = "对新落户的集成电路企业给予设备投资补助。", ["ContactUnit"] = "青岛市工业和信息化局",
            ["ContactPhone"] = "0532-85911234", ["IsPublished"] = "是",
        };
        var bytes = await ImportFiles.TemplateAsync(PolicyImportSpecs.All.Where(s => s.Key != "Status").ToList(), example,
            [t["先按公开代码匹配已有政策；未填代码时按文号和发布单位匹配，再按政策名称和发布单位匹配；都未匹配到的作为新政策。"].Value,
             t["只更改表中有的列；空单元格不清除已有内容（清除请在政策页面修改）。"].Value,
             t["层级填市级、区（市）级或园区；区（市）级和园区政策在“适用区市或园区”填写区市或园区名称。产业链以顿号分隔，行业填国民经济行业大类代码。"].Value,
             t["导出的政策清单可直接修改后导入；同一文件再次导入不会重复写入。"].Value]);
        return File(bytes, ListExport.ContentType, "ballast-policies-template.xlsx");
    }

    private string Name => string.IsNullOrWhiteSpace(FileName) ? "upload.xlsx" : Path.GetFileName(FileName);
}
