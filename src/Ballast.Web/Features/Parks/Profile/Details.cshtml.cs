using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
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

/// <summary>A park: its profile, "5个1", output over three years, firms (entering and leaving), projects, the two
/// lists, and links to its per-mu evaluation and its projects' thread.</summary>
public sealed partial class ParkDetailsModel(AppDbContext db, UserScope scope, Texts t, ParkTiers tiers, ParkFirms firms, ParkKeyProjects lists)
    : PageModel
{
    public sealed record Member(int Id, int EnterpriseId, string Name, string? Uscc, DateOnly EnteredOn, DateOnly? LeftOn, string? ExitReason,
        decimal? Output, int? ProjectId, int Version);

    public sealed record ParkProject(int Id, string Name, ProjectStage Stage, decimal TotalInvestment, bool OnList, bool IsDemo);

    public ParkRow Park { get; private set; } = null!;
    public int Year { get; private set; }
    public DateOnly Today { get; private set; }
    public bool CanWrite { get; private set; }
    public IReadOnlyList<decimal> Tiers => tiers.Yi;
    public IReadOnlyList<ParksApi.MechanismDto> Mechanisms { get; private set; } = [];
    public IReadOnlyList<(int Year, ParkOutput Output)> History { get; private set; } = [];
    public IReadOnlyList<ParkYear> Entered { get; private set; } = [];
    public IReadOnlyList<Member> Members { get; private set; } = [];
    public IReadOnlyList<ParkProject> Projects { get; private set; } = [];
    public IReadOnlyList<KeyProjectRow> KeyProjects { get; private set; } = [];
    public IReadOnlyList<WorkItemRow> WorkItems { get; private set; } = [];

    /// <summary>Part of a firm's name or the start of its USCC, to find the firm entering.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    public IReadOnlyList<FirmCandidates.Candidate> Candidates { get; private set; } = [];
    public string? Message { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, int? year)
    {
        Year = ProgrammeYear.Resolve(HttpContext, year);
        Today = CityTime.Today(db.Time);
        if ((await new ParkQuery().RunAsync(db, Year, id)).SingleOrDefault() is not { } row)
        {
            return NotFound();
        }
        Park = row;
        CanWrite = scope.CanWrite(row.UnitId);
        Message ??= TempData["message"] as string;
        Mechanisms = await ParksApi.MechanismListAsync(db, id);
        var history = new List<(int, ParkOutput)>();
        for (var past = Year - 2; past <= Year; past++)
        {
            history.Add((past, (await ParkOutputs.ForYearAsync(db, past, [id])).Of(id)));
        }
        History = history;
        Entered = await db.ParkYears.AsNoTracking().Where(y => y.ParkId == id).OrderByDescending(y => y.Year).ToListAsync();
        Members = await MembersAsync(id);
        KeyProjects = await lists.ListAsync(id, Year);
        var listed = KeyProjects.Select(k => k.ProjectId).ToHashSet();
        Projects = [.. (await db.Projects.IgnoreQueryFilters().AsNoTracking().Where(p => p.ParkUnitId == row.UnitId && p.MergedIntoId == null)
                .OrderByDescending(p => p.TotalInvestment).ThenBy(p => p.Id)
                .Select(p => new { p.Id, p.Name, p.Stage, p.TotalInvestment, p.IsDemo }).ToListAsync())
            .Select(p => new ParkProject(p.Id, p.Name, p.Stage, p.TotalInvestment, listed.Contains(p.Id), p.IsDemo))];
        WorkItems = await new WorkItemQuery { Park = id, Year = Year }.RunAsync(db, Today);
        Candidates = CanWrite ? await FirmCandidates.FindAsync(db, id, Find) : [];
        return Page();
    }

    /// <summary>Every stay, current first, with the firm's output for the year (read past the registry's scope).</summary>
    private async Task<List<Member>> MembersAsync(int id)
    {
        var y = Year;
        return await db.ParkMemberships.AsNoTracking().Where(m => m.ParkId == id)
            .Join(db.Enterprises.IgnoreQueryFilters(), m => m.EnterpriseId, e => e.Id, (m, e) => new { m, e })
            .OrderBy(x => x.m.LeftOn != null).ThenBy(x => x.e.Name).ThenBy(x => x.m.EnteredOn)
            .Select(x => new Member(x.m.Id, x.e.Id, x.e.Name, x.e.Uscc, x.m.EnteredOn, x.m.LeftOn, x.m.ExitReason,
                db.EnterpriseYears.IgnoreQueryFilters().Where(v => v.EnterpriseId == x.e.Id && v.Year == y).Select(v => v.Output).FirstOrDefault(),
                x.m.ProjectId, x.m.Version))
            .ToListAsync();
    }

    [Function(Policies.BusinessWrite)]
    public async Task<IActionResult> OnPostEnterAsync(int id, int? year, int enterpriseId, DateOnly? enteredOn, int? projectId) =>
        await AnswerAsync(id, year, await firms.EnterAsync(id, new EnterInput { EnterpriseId = enterpriseId, EnteredOn = enteredOn, ProjectId = projectId }),
            "#firms");

    [Function(Policies.BusinessWrite)]
    public async Task<IActionResult> OnPostLeaveAsync(int id, int? year, int membershipId, DateOnly? leftOn, string? reason, int? version) =>
        await AnswerAsync(id, year, await firms.LeaveAsync(id, membershipId, new LeaveInput { LeftOn = leftOn, Reason = reason ?? "", Version = version }),
            "#firms", t["已记录出园"]);

    [Function(Policies.BusinessWrite)]
    public async Task<IActionResult> OnPostAddKeyAsync(int id, int? year, int projectId) =>
        await AnswerAsync(id, year, await lists.AddAsync(id, new KeyProjectInput { Year = ProgrammeYear.Resolve(HttpContext, year), ProjectId = projectId }),
            "#key-projects", t["已列入重点项目清单"]);

    [Function(Policies.BusinessWrite)]
    public async Task<IActionResult> OnPostRemoveKeyAsync(int id, int? year, int entryId) =>
        await AnswerAsync(id, year, await lists.RemoveAsync(id, entryId), "#key-projects", t["已移出重点项目清单"]);

    private async Task<IActionResult> AnswerAsync(int id, int? year, ParkSaveResult result, string anchor, string? done = null)
    {
        switch (result.Outcome)
        {
            case ParkSaveOutcome.Saved:
                TempData["message"] = result.Note ?? done;
                return Redirect((year is { } y ? $"/Parks/{id}?Year={y}" : $"/Parks/{id}") + anchor);
            case ParkSaveOutcome.NotFound:
                return NotFound();
            case ParkSaveOutcome.Forbidden when result.Errors[0].Field.Length == 0:
                return Forbid();
            default:
                Error = ParkResults.Line(result, t);
                break;
        }
        db.ChangeTracker.Clear();
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        var page = await OnGetAsync(id, year);
        return page;
    }
}
