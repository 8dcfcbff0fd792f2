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

namespace Ballast.Web.Features.Projects;

/// <summary>Raises a problem on a project (<c>?projectId=</c>), or shows one (<c>?id=</c>) with
/// the moves the user may make on it. Out of scope is not found; in scope but not allowed is 403.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ProblemEditModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty]
    public ProblemInput Input { get; set; } = new();

    /// <summary>The answer, or the reason for escalating.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The version the page showed; a move made from an older page is refused.</summary>
    [BindProperty]
    public int? Version { get; set; }

    public int? ProjectId { get; private set; }
    public string? ProjectName { get; private set; }
    public ProblemRow? Problem { get; private set; }
    public ProblemActor Actor { get; private set; }
    public IReadOnlyList<SelectListItem> Departments { get; private set; } = [];

    private ProblemActions Actions => new(db, t, User);

    public async Task<IActionResult> OnGetAsync(int? id, int? projectId)
    {
        if (id is { } problemId)
        {
            return await LoadProblemAsync(problemId) ? Page() : NotFound();
        }
        if (projectId is not { } pid || !await LoadProjectAsync(pid))
        {
            return NotFound();
        }
        var owner = await db.Projects.Where(p => p.Id == pid).Select(p => p.OwnerUnitId).SingleAsync();
        return ProblemRules.MayRaise(Actions.ActorFor(owner, null)) ? Page() : StatusCode(StatusCodes.Status403Forbidden);
    }

    public async Task<IActionResult> OnPostAsync(int? projectId)
    {
        Input.ProjectId = projectId ?? 0;
        var outcome = await Actions.RaiseAsync(Input);
        if (outcome.Kind == ProblemOutcomeKind.Done)
        {
            return Redirect($"/Projects/Problems?Project={Input.ProjectId}");
        }
        if (outcome.Kind == ProblemOutcomeKind.Invalid)
        {
            ShowErrors(outcome, "Input.");
            await LoadProjectAsync(Input.ProjectId);
            return Page();
        }
        return Refused(outcome);
    }

    public Task<IActionResult> OnPostAnswerAsync(int id) => MoveAsync(id, ProblemMove.Answer);

    public Task<IActionResult> OnPostResolveAsync(int id) => MoveAsync(id, ProblemMove.Resolve);

    public Task<IActionResult> OnPostEscalateAsync(int id) => MoveAsync(id, ProblemMove.Escalate);

    public Task<IActionResult> OnPostReopenAsync(int id) => MoveAsync(id, ProblemMove.Reopen);

    public VersionConflict? Conflict { get; private set; }

    private async Task<IActionResult> MoveAsync(int id, ProblemMove move)
    {
        ProblemOutcome outcome;
        try
        {
            outcome = await Actions.MoveAsync(id, move, Text, Version);
        }
        catch (DbUpdateConcurrencyException e)
        {
            Conflict = await VersionConflict.FromAsync(e);
            ModelState.Clear();
            await LoadProblemAsync(id);
            return Page();
        }
        if (outcome.Kind == ProblemOutcomeKind.Done)
        {
            return Redirect($"/Projects/Problems/Edit?id={id}");
        }
        if (outcome.Kind == ProblemOutcomeKind.Invalid)
        {
            ShowErrors(outcome, "");
            await LoadProblemAsync(id);
            return Page();
        }
        return Refused(outcome);
    }

    /// <summary>Replaces what model binding found (the raise form is bound on every post) with the
    /// action's own messages, so that each is shown once.</summary>
    private void ShowErrors(ProblemOutcome outcome, string prefix)
    {
        ModelState.Clear();
        foreach (var (field, messages) in outcome.Errors!)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field == "State" ? "" : prefix + field, message);
            }
        }
    }

    private IActionResult Refused(ProblemOutcome outcome) =>
        outcome.Kind == ProblemOutcomeKind.NotFound ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);

    private async Task<bool> LoadProblemAsync(int id)
    {
        var today = Actions.Today;
        Problem = (await ProblemRow.LoadAsync(db.Problems.AsNoTracking().Where(p => p.Id == id), today, take: 1)).SingleOrDefault();
        if (Problem is not null)
        {
            Actor = Actions.ActorFor(Problem.OwnerUnitId, Problem.AssignedUnitId);
        }
        return Problem is not null;
    }

    private async Task<bool> LoadProjectAsync(int projectId)
    {
        ProjectName = await db.Projects.AsNoTracking().Where(p => p.Id == projectId).Select(p => p.Name).SingleOrDefaultAsync();
        ProjectId = ProjectName is null ? null : projectId;
        Departments = [.. (await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Department && u.IsActive).OrderBy(u => u.SortOrder).ToListAsync())
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), u.Id.ToString(CultureInfo.InvariantCulture)))];
        return ProjectName is not null;
    }

    /// <summary>Whether the user may make the move now: allowed to, and the state allows it.</summary>
    public bool Can(ProblemMove move) =>
        Problem is not null && ProblemRules.MayAct(Actor, move) && ProblemRules.Refusal(Problem.State, move) is null;
}
