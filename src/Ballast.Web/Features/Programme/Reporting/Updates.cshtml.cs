using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Ballast.Web.Common.Uploads;

namespace Ballast.Web.Features.Programme;

/// <summary>我的填报: the indicators the user's unit answers for in a period, one form each — value
/// (or done), narrative, evidence, save or submit — with return reasons, the due date and the
/// extension request. The office may open a unit's updates to report for it.</summary>
[Function(Policies.BusinessWrite)]
public sealed class UpdatesModel(SubmissionService service, UploadInspector inspector, TimeProvider time, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Period { get; set; }
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }

    public int Year { get; private set; }
    public IReadOnlyList<ReportingPeriod> Periods { get; private set; } = [];
    public MyUpdates? Updates { get; private set; }
    public DateOnly Today { get; private set; }
    public string? Message { get; private set; }
    /// <summary>The refused row ("indicator-unit") and why, with what was posted.</summary>
    public string? ErrorKey { get; private set; }
    public string? Error { get; private set; }
    public SubmissionEntry? Posted { get; private set; }
    public bool IsOffice => service.IsOffice;

    public static string Key(int indicatorId, int unitId) => $"{indicatorId}-{unitId}";

    /// <summary>The indicator's unit as a reader of the page's language writes it.</summary>
    public static string? UnitLabel(string? unit) => !Texts.IsEnglish ? unit : unit switch
    {
        "个" or "家" or "座" => null,
        "亿元" => "100 million yuan",
        "万元" => "10,000 yuan",
        _ => unit,
    };

    public async Task OnGetAsync(int? year) => await LoadAsync(year);

    public Task<IActionResult> OnPostSaveAsync(int indicatorId, int unitId, decimal? value, bool? done, string? narrative, int? version) =>
        WriteAsync(new SubmissionEntry(indicatorId, value, done, narrative, unitId, version), submit: false);

    public Task<IActionResult> OnPostSubmitAsync(int indicatorId, int unitId, decimal? value, bool? done, string? narrative, int? version) =>
        WriteAsync(new SubmissionEntry(indicatorId, value, done, narrative, unitId, version), submit: true);

    public async Task<IActionResult> OnPostExtensionAsync(int indicatorId, int unitId, DateOnly? to, string? reason) =>
        await AfterAsync(Key(indicatorId, unitId), await service.RequestExtensionAsync(Period ?? 0, indicatorId, to, reason, unitId), "已提交延期申请");

    /// <summary>An upload that is not kept answers 422 with the reason on the page.</summary>
    public async Task<IActionResult> OnPostEvidenceAsync(int indicatorId, int unitId, IFormFile? file)
    {
        var inspection = await inspector.InspectAsync(file, UploadPurpose.Evidence, HttpContext.RequestAborted);
        var error = file is null ? t["请选择要上传的证据文件"].Value
            : !inspection.Passed ? inspection.Refusal.Message(t)
            : (await service.UploadEvidenceAsync(Period ?? 0, indicatorId, inspection.Upload, unitId)).Error;
        var result = await AfterAsync(Key(indicatorId, unitId), error, "已上传证据文件");
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        }
        return result;
    }

    public async Task<IActionResult> OnPostDeleteEvidenceAsync(int indicatorId, int unitId, int evidenceId) =>
        await AfterAsync(Key(indicatorId, unitId), await service.DeleteEvidenceAsync(evidenceId), "已删除证据文件");

    /// <summary>Serves an evidence file to whoever may see its submission (the reviewers too): as an
    /// attachment, never shown in the browser.</summary>
    public async Task<IActionResult> OnGetEvidenceAsync(int evidenceId)
    {
        if (await service.DownloadEvidenceAsync(evidenceId) is not { } e)
        {
            return NotFound();
        }
        Attachment.Prepare(Response, e.FileName, Attachment.GeneratedName("evidence", e.Id, e.FileName));
        return File(e.Content, Attachment.ContentType(e.ContentType));
    }

    private async Task<IActionResult> WriteAsync(SubmissionEntry entry, bool submit)
    {
        var errors = submit ? await service.SubmitAsync(Period ?? 0, [entry]) : await service.SaveAsync(Period ?? 0, [entry]);
        Posted = errors.Count > 0 ? entry : null;
        return await AfterAsync(Key(entry.IndicatorId, entry.UnitId ?? 0), errors.Count > 0 ? errors[0].Error : null, submit ? "已报送" : "已保存草稿");
    }

    private async Task<IActionResult> AfterAsync(string key, string? error, string done)
    {
        if (error is null)
        {
            TempData["message"] = t[done].Value;
            return Redirect(Url.Page("/Programme/Reporting/Updates", new { Period, Unit }) + "#i-" + key);
        }
        ErrorKey = key;
        Error = t[error];
        await LoadAsync(null);
        return Page();
    }

    private async Task LoadAsync(int? year)
    {
        Today = CityTime.Today(time);
        Message = TempData["message"] as string;
        // A period named in the link decides the year, unless a year is asked for explicitly.
        Updates = Period is { } id ? await service.MyUpdatesAsync(id, Unit) : null;
        if (year is not null && Updates?.Period.Year != year)
        {
            Updates = null;
        }
        Year = ProgrammeYear.Resolve(HttpContext, year ?? Updates?.Period.Year);
        Periods = await service.PeriodListAsync(Year);
        if (Updates is null && SubmissionService.DefaultPeriod(Periods) is { } fallback)
        {
            Updates = await service.MyUpdatesAsync(fallback.Id, Unit);
        }
        Period = Updates?.Period.Id;
    }
}
