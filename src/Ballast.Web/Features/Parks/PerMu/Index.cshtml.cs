using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>亩均效益评价: the schemes, the runs in the reader's scope (filtered by year, population and state) and a new run.</summary>
[Function(Policies.BusinessWrite)]
public sealed class PerMuIndexModel(AppDbContext db, UserScope scope, PerMuRunner runner) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public int? Unit { get; set; }
    [BindProperty(SupportsGet = true)] public RunState? State { get; set; }
    [BindProperty] public RunInput Run { get; set; } = new();

    public List<PerMuScheme> Schemes { get; private set; } = [];
    public HashSet<int> Frozen { get; private set; } = [];
    public List<RunSummary> Runs { get; private set; } = [];
    public List<Unit> Populations { get; private set; } = [];
    public List<string> Errors { get; private set; } = [];

    public bool CanWrite(int unitId) => scope.CanWrite(unitId);

    public async Task OnGetAsync()
    {
        ViewData["Year"] = ProgrammeYear.Resolve(HttpContext, Year);
        Schemes = await db.PerMuSchemes.AsNoTracking().Include(s => s.Indicators).Where(s => Year == null || s.Year == Year)
            .OrderByDescending(s => s.Year).ThenBy(s => s.Id).ToListAsync();
        Frozen = await PerMuApi.FrozenAsync(db);
        Runs = await PerMuQuery.Runs(db, q => q.Where(r => (Year == null || r.Year == Year) && (Unit == null || r.PopulationUnitId == Unit)
            && (State == null || r.State == State)).OrderByDescending(r => r.Year).ThenBy(r => r.PopulationUnitId).ThenByDescending(r => r.Number)).ToListAsync();
        Populations = (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District || u.Kind == UnitKind.FunctionalArea || u.Kind == UnitKind.Park)
            .OrderBy(u => u.Kind == UnitKind.Park).ThenBy(u => u.SortOrder).ToListAsync()).Where(u => scope.CanRead(u.Id)).ToList();
    }

    public async Task<IActionResult> OnPostRunAsync()
    {
        var result = await runner.RunAsync(Run);
        if (result.Outcome == SaveOutcome.Saved)
        {
            return Redirect($"/Parks/PerMu/Run/{result.Record!.Id}");
        }
        await OnGetAsync();
        Errors = [.. result.Errors.Select(e => e.Message)];
        return Page();
    }
}
