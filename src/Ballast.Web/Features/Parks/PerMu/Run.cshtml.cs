using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>One run: counts per grade, the ranked list with the previous published grade beside each firm, the firms
/// missing figures and the exempt apart, the review and publish steps, export and print (A4).</summary>
[Function(Policies.BusinessWrite)]
public sealed class PerMuRunModel(AppDbContext db, UserScope scope, PerMuLifecycle steps, Texts t) : PageModel
{
    public RunSummary Run { get; private set; } = null!;
    public List<ResultRow> Rows { get; private set; } = [];
    public int? PreviousYear { get; private set; }
    public DateOnly Today { get; private set; }
    public List<string> Errors { get; private set; } = [];
    public bool CanWrite => scope.CanWrite(Run.PopulationUnitId);
    public bool IsRunner => string.Equals(Run.RunBy, scope.UserName, StringComparison.OrdinalIgnoreCase);

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await PerMuQuery.Runs(db, q => q.Where(r => r.Id == id)).SingleOrDefaultAsync() is not { } run)
        {
            return NotFound();
        }
        Run = run;
        ViewData["Year"] = run.Year;
        Today = CityTime.Today(db.Time);
        Rows = await PerMuQuery.ResultsAsync(db, id);
        var (year, grades) = await PerMuQuery.PreviousAsync(db, await db.PerMuRuns.AsNoTracking().SingleAsync(r => r.Id == id));
        PreviousYear = year;
        Rows = [.. Rows.Select(r => r with { PreviousGrade = grades.GetValueOrDefault(r.EnterpriseId) })];
        return Page();
    }

    public Task<IActionResult> OnPostReviewAsync(int id, int version) => StepAsync(id, steps.ReviewAsync(id, new RunStep(version)));

    public Task<IActionResult> OnPostPublishAsync(int id, int version) => StepAsync(id, steps.PublishAsync(id, new RunStep(version)));

    private async Task<IActionResult> StepAsync(int id, Task<Enterprises.RecordSave<PerMuRun>> step)
    {
        var result = await step;
        if (result.Outcome == SaveOutcome.Saved)
        {
            return Redirect($"/Parks/PerMu/Run/{id}");
        }
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }
        await OnGetAsync(id);
        Errors = [.. result.Errors.Select(e => t[e.Message].Value)];
        return Page();
    }

    public async Task<IActionResult> OnGetExportAsync(int id)
    {
        if (!await db.PerMuRuns.AnyAsync(r => r.Id == id))
        {
            return NotFound();
        }
        var rows = await PerMuQuery.ResultsAsync(db, id);
        return await ListExport.XlsxAsync(rows, Columns(), $"permu-{id}.xlsx");
    }

    private List<ExportColumn<ResultRow>> Columns() =>
    [
        new(t["排名"].Value, typeof(int), r => r.Rank),
        new(t["企业名称"].Value, typeof(string), r => r.Name),
        new(t["统一社会信用代码"].Value, typeof(string), r => r.Uscc),
        new(t["行业大类"].Value, typeof(string), r => r.Division),
        new(t["企业类别"].Value, typeof(string), r => t[PerMuNames.Of(r.Group)].Value),
        new(t["得分"].Value, typeof(decimal), r => r.Score),
        new(t["等级"].Value, typeof(string), r => r.Grade?.ToString()),
        new(t["数据缺项"].Value, typeof(string), r => r.Missing),
        new(t["不参评原因"].Value, typeof(string), r => r.ExemptReason),
    ];
}
