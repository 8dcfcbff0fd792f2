using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Uploads;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>Upload → preview with every row's problems → commit the good rows (all in one
/// transaction) → result. Projects, or one month's key-project figures.</summary>
[Function(Policies.BusinessWrite)]
public sealed class IndexModel(AppDbContext db, ProjectImporter projects, MonthlyImporter monthly, UploadInspector inspector, Texts t,
    IConfiguration configuration) : PageModel
{
    /// <summary>The preview lists this many rows; the problem list (a download) holds every rejected one.</summary>
    public const int ShownRows = 1_000;

    [BindProperty(SupportsGet = true)] public string Kind { get; set; } = ProjectImporter.Kind;
    [BindProperty(SupportsGet = true)] public int? PeriodId { get; set; }
    /// <summary>The previewed file, by content hash: the commit reads exactly those bytes.</summary>
    [BindProperty(SupportsGet = true)] public string? FileHash { get; set; }
    [BindProperty(SupportsGet = true)] public string? FileName { get; set; }

    public int Year { get; private set; }
    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];
    public ImportPreview? Preview { get; private set; }
    public ImportResult? Result { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostPreviewAsync(IFormFile? file)
    {
        await LoadAsync();
        if (file is null)
        {
            Error = t["请选择要上传的 Excel 文件（.xlsx）"];
            return Page();
        }
        if (IsMonthly && PeriodId is null)
        {
            Error = t["请选择调度期"];
            return Page();
        }
        // Inspected before it is kept or opened: a refused file leaves nothing behind.
        var (bytes, hash, refusal) = await ImportFiles.ReadAsync(file, inspector, HttpContext.RequestAborted);
        if (bytes is null || hash is null)
        {
            Error = refusal!.Message(t);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }
        FileName = UploadNames.BaseName(file.FileName);
        await ImportFiles.KeepAsync(db, hash, bytes);
        Preview = IsMonthly ? await monthly.PreviewAsync(bytes, FileName, PeriodId!.Value) : await projects.PreviewAsync(bytes, FileName, Year);
        FileHash = hash;
        return Page();
    }

    public async Task<IActionResult> OnPostCommitAsync()
    {
        await LoadAsync();
        var (bytes, name) = await KeptAsync();
        if (bytes is null)
        {
            Error = t["上传的文件已过期，请重新上传"];
            return Page();
        }
        Result = IsMonthly ? await monthly.CommitAsync(bytes, name, PeriodId ?? 0) : await projects.CommitAsync(bytes, name, Year);
        return Page();
    }

    public async Task<IActionResult> OnGetErrorsAsync()
    {
        await LoadAsync();
        var (bytes, name) = await KeptAsync();
        if (bytes is null)
        {
            return NotFound();
        }
        var preview = IsMonthly ? await monthly.PreviewAsync(bytes, name, PeriodId ?? 0) : await projects.PreviewAsync(bytes, name, Year);
        return File(await ImportFiles.ErrorReportAsync(preview), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "import-errors.xlsx");
    }

    public async Task<IActionResult> OnGetTemplateAsync()
    {
        var bytes = IsMonthly
            ? await ImportFiles.TemplateAsync(ImportSpecs.Monthly,
                new Dictionary<string, object?>
                {
                    ["Name"] = "（示例）某某产业园项目", ["ProjectCode"] = "2104-370211-04-01-498806", ["Completed"] = 1200,
                    ["Progress"] = "主体结构施工"
                },
                ["每行一个市重点项目，以项目代码（优先）或项目名称匹配。",
                 "本月完成投资以万元填写；首期（1-2月）填两个月合计。",
                 "只有累计完成投资（如“1-9月累计”）时，本月完成投资按累计数减去此前各月已报合计计算；两者都填时须一致。",
                 "导入即报送，已审核通过锁定的月份不会被覆盖。"])
            : await ImportFiles.TemplateAsync(ImportSpecs.Projects,
                new Dictionary<string, object?>
                {
                    ["Name"] = "（示例）某某智能制造产业园", ["District"] = "西海岸新区", ["InvestorName"] = "某某科技有限公司",
                    ["TotalInvestment"] = 150000,
                    ["PlannedInvestment"] = 30000, ["Chain"] = "智能制造装备", ["Stage"] = "签约", ["SignedOn"] = "2023-03-01",
                },
                ["带*的列为必填；总投资、年度计划投资以万元填写（表头写明“亿元”时按亿元读取）。",
                 "阶段：线索、在谈、签约、注册落地、开工、投产、暂缓、终止。",
                 "同一项目代码（或同一区市下同名项目）将更新原有项目；空单元格不会清除原有内容。",
                 "有“年度计划投资”列的表格为重点项目表：每行均列入当年市重点项目（建设类）；计划尚未下达的填“待下达”或留空，显示为待下达。"]);
        return File(
            bytes,
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            IsMonthly ? "ballast-monthly-template.xlsx" : "ballast-projects-template.xlsx");
    }

    public bool IsMonthly => Kind == MonthlyImporter.Kind;

    /// <summary>Stated on the page before anything is uploaded.</summary>
    public int MaxRows => ImportLimits.MaxRows(configuration);

    public int MaxMegabytes => ImportLimits.MaxMegabytes(configuration);

    private async Task<(byte[]? Bytes, string Name)> KeptAsync()
    {
        var name = string.IsNullOrWhiteSpace(FileName) ? "upload.xlsx" : Path.GetFileName(FileName);
        return (FileHash is null ? null : await ImportFiles.LoadAsync(db, FileHash), name);
    }

    private async Task LoadAsync()
    {
        Year = ProgrammeYear.Resolve(HttpContext, null);
        Periods = await db.ReportingPeriods.AsNoTracking().Where(p => p.Year == Year).OrderByDescending(p => p.Month).ToListAsync();
        PeriodId ??= Periods.Count > 0 ? Periods[0].Id : null;
    }
}
