using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Dispatch;

/// <summary>What came in for a month: the district reviews its units' reports, the office accepts
/// them (locking the month) or returns them with a reason. Missing reports show as 未报.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ReviewModel(AppDbContext db, DispatchService dispatch, UserScope scope, Texts t) : PageModel
{
    public sealed record Row(
        int KeyProjectId,
        int ProjectId,
        string ProjectName,
        int UnitId,
        string Unit,
        decimal? Plan,
        decimal YtdBefore,
        MonthlyReport? Report);

    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }
    /// <summary>A <see cref="ReportState"/> name, or NotReported.</summary>
    [BindProperty(SupportsGet = true)] public string? State { get; set; }

    public ReportingPeriod Period { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public bool IsOffice => dispatch.IsOffice;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public async Task<IActionResult> OnPostActAsync(int id, int reportId, DispatchAction action, string? reason)
    {
        var error = await dispatch.ActAsync(reportId, action, reason);
        return await AfterAsync(id, error is null ? null : t[error].Value);
    }

    /// <summary>Accepts every submitted or reviewed report in view.</summary>
    public async Task<IActionResult> OnPostAcceptAllAsync(int id)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        foreach (var r in Rows.Where(r => r.Report?.State is ReportState.Submitted or ReportState.Reviewed))
        {
            var error = await dispatch.ActAsync(r.Report!.Id, DispatchAction.Accept);
            if (error is not null)
            {
                return await AfterAsync(id, t[error].Value);
            }
        }
        return await AfterAsync(id, null);
    }

    private async Task<IActionResult> AfterAsync(int id, string? error)
    {
        if (error is null)
        {
            return RedirectToPage(new { id, Unit, State });
        }
        Error = error;
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var period = await db.ReportingPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (period is null)
        {
            return false;
        }
        Period = period;
        var keys = db.KeyProjects.AsNoTracking()
            .Where(k => k.Year == period.Year && k.Class == KeyProjectClass.Construction && k.Project!.MergedIntoId == null);
        if (Unit is { } unit)
        {
            keys = keys.Where(k => k.OwnerUnitId == unit);
        }
        var q = keys.Select(k => new
        {
            k.Id, k.ProjectId, k.Project!.Name, k.OwnerUnitId, Unit = k.Project.OwnerUnit!.Name, k.PlannedInvestment,
            Before = k.Reports.Where(r => r.Period!.Month < period.Month && MonthlyReport.Counted.Contains(r.State)).Sum(r => (decimal?)r.Completed) ?? 0m,
            Report = k.Reports.FirstOrDefault(r => r.PeriodId == id),
        });
        if (State == "NotReported")
        {
            q = q.Where(x => x.Report == null || !MonthlyReport.Counted.Contains(x.Report.State));
        }
        else if (Enum.TryParse<ReportState>(State, out var state))
        {
            q = q.Where(x => x.Report != null && x.Report.State == state);
        }
        var rows = await q.OrderBy(x => x.OwnerUnitId).ThenBy(x => x.Name).Take(1000).ToListAsync();
        Rows = [.. rows.Select(x => new Row(x.Id, x.ProjectId, x.Name, x.OwnerUnitId, x.Unit, x.PlannedInvestment, x.Before, x.Report))];
        Units = [.. (await db.Units.AsNoTracking()
                .Where(u => u.Kind == UnitKind.District || u.Kind == UnitKind.FunctionalArea)
                .OrderBy(u => u.SortOrder)
                .ToListAsync())
            .Where(u => scope.CanRead(u.Id))
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), u.Id.ToString(CultureInfo.InvariantCulture), u.Id == Unit))];
        return true;
    }
}
