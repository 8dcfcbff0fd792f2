using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Dispatch;

/// <summary>A unit enters a month's figures for its key projects in one form: save as draft, or
/// submit. Year-to-date is computed, never typed.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ReportModel(AppDbContext db, DispatchService dispatch, UserScope scope, Texts t) : PageModel
{
    public sealed class Line
    {
        public int KeyProjectId { get; set; }
        public decimal? Completed { get; set; }
        public string? PhysicalProgress { get; set; }
        public bool StartedThisMonth { get; set; }
        public bool CompletedThisMonth { get; set; }
        /// <summary>The report's version as the form showed it; -1 when there was none.</summary>
        public int? Version { get; set; }
    }

    public sealed record Row(KeyProject Key, string ProjectName, string Unit, decimal YtdBefore, MonthlyReport? Report, bool Editable);

    [BindProperty] public List<Line> Lines { get; set; } = [];
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }

    public ReportingPeriod Period { get; private set; } = null!;
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Dictionary<int, string> Errors { get; private set; } = [];
    public string? Message { get; private set; }
    public VersionConflict? Conflict { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostSaveAsync(int id) => SaveAsync(id, submit: false);

    public Task<IActionResult> OnPostSubmitAsync(int id) => SaveAsync(id, submit: true);

    private async Task<IActionResult> SaveAsync(int id, bool submit)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        // Only the rows the user can still change are sent on; locked rows are shown, not posted.
        // A row left blank with no report yet stays not reported (未报), never a zero.
        var editable = Rows.Where(r => r.Editable).Select(r => r.Key.Id).ToHashSet();
        var entries = Lines
            .Where(l => editable.Contains(l.KeyProjectId)
                && (l.Completed is not null
                    || !string.IsNullOrWhiteSpace(l.PhysicalProgress)
                    || l.StartedThisMonth
                    || l.CompletedThisMonth
                    || Rows.Any(r => r.Key.Id == l.KeyProjectId && r.Report is not null)))
            .Select(l => new ReportEntry(l.KeyProjectId, l.Completed, l.PhysicalProgress, l.StartedThisMonth, l.CompletedThisMonth, l.Version))
            .ToList();
        if (entries.Count == 0)
        {
            Message = t["没有可填报的项目"];
            return Page();
        }
        List<(int KeyProjectId, string Error)> errors;
        try
        {
            errors = await dispatch.SaveAsync(id, entries, submit);
        }
        catch (DbUpdateConcurrencyException e)
        {
            // The form keeps the user's figures; the next save is against what is stored now.
            Conflict = (await VersionConflict.FromAsync(e)).For<ReportEntry>();
            db.ChangeTracker.Clear();
            await LoadAsync(id);
            return Page();
        }
        if (errors.Count > 0)
        {
            Errors = errors.GroupBy(e => e.KeyProjectId).ToDictionary(g => g.Key, g => string.Join("；", g.Select(e => t[e.Error].Value)));
            return Page();
        }
        TempData["message"] = submit ? t["已报送 {0} 个项目", entries.Count].Value : t["已保存草稿"].Value;
        return RedirectToPage(new { id, Unit });
    }

    private async Task<bool> LoadAsync(int id)
    {
        var period = await db.ReportingPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == id);
        if (period is null)
        {
            return false;
        }
        Period = period;
        Message ??= TempData["message"] as string;
        // The office sees every unit but reports for none by default: it picks a unit to act for.
        var keys = db.KeyProjects.AsNoTracking()
            .Where(k => k.Year == period.Year && k.Class == KeyProjectClass.Construction && k.Project!.MergedIntoId == null);
        keys = Unit is { } unit ? keys.Where(k => k.OwnerUnitId == unit)
            : scope.WritesAll ? keys.Where(_ => false)
            : keys.Where(k => scope.UnitIds.Contains(k.OwnerUnitId));
        var rows = await keys.OrderBy(k => k.OwnerUnitId).ThenBy(k => k.Project!.Name).Select(k => new
        {
            Key = k, k.Project!.Name, Unit = k.Project.OwnerUnit!.Name,
            Before = k.Reports.Where(r => r.Period!.Month < period.Month && MonthlyReport.Counted.Contains(r.State)).Sum(r => (decimal?)r.Completed) ?? 0m,
            Report = k.Reports.FirstOrDefault(r => r.PeriodId == id),
        }).ToListAsync();
        Rows = [.. rows.Select(r => new Row(r.Key, r.Name, r.Unit, r.Before, r.Report,
            DispatchRules.Check(DispatchAction.Save, r.Report?.State, period.State, scope.WritesAll, scope.CanWrite(r.Key.OwnerUnitId)) is null))];
        return true;
    }
}
