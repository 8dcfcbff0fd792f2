using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>Issues an item (no id), raises one on an indicator (<c>?indicatorId=</c>), or shows one
/// (<c>?id=</c>) with its history and the moves the user may make on it. Out of scope is not found;
/// in scope but not allowed is 403.</summary>
[Function(Policies.BusinessWrite)]
public sealed class SupervisionEditModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty]
    public SupervisionInput Input { get; set; } = new();

    /// <summary>The report, or a reason.</summary>
    [BindProperty]
    public string? Text { get; set; }

    /// <summary>The due date an extension asks for.</summary>
    [BindProperty]
    public DateOnly? NewDueOn { get; set; }

    public SupervisionRow? Item { get; private set; }
    public IReadOnlyList<SupervisionStep> History { get; private set; } = [];
    public SupervisionActions.IndicatorFacts? Indicator { get; private set; }
    public string? LeadUnitName { get; private set; }
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public DateOnly Today => Actions.Today;

    private SupervisionItem? _entity;
    private SupervisionActor _actor;

    private SupervisionActions Actions => new(db, t, User);

    public async Task<IActionResult> OnGetAsync(int? id, int? indicatorId)
    {
        if (id is { } itemId)
        {
            return await LoadItemAsync(itemId) ? Page() : NotFound();
        }
        if (indicatorId is { } iid && !await LoadIndicatorAsync(iid))
        {
            return NotFound();
        }
        if (!SupervisionRules.MayIssue(Actions.Office))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }
        Input = new SupervisionInput { Title = Indicator?.Name ?? "", Year = Indicator?.Year ?? ProgrammeYear.Resolve(HttpContext, null) };
        await LoadUnitsAsync();
        return Page();
    }

    [Function(Policies.ProgrammeManage)]
    public async Task<IActionResult> OnPostAsync(int? indicatorId)
    {
        var outcome = indicatorId is { } iid
            ? await Actions.RaiseFromIndicatorAsync(iid, Input)
            : await Actions.IssueAsync(Input, ProgrammeYear.Resolve(HttpContext, null));
        if (outcome.Kind == SupervisionOutcomeKind.Done)
        {
            return Redirect($"/Programme/Supervision/Edit?id={outcome.Item!.Id}");
        }
        if (outcome.Kind == SupervisionOutcomeKind.Invalid)
        {
            ShowErrors(outcome, "Input.");
            if (indicatorId is { } i) { await LoadIndicatorAsync(i); }
            await LoadUnitsAsync();
            return Page();
        }
        return Refused(outcome);
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(int id) => MoveAsync(id, SupervisionMove.Acknowledge);

    public Task<IActionResult> OnPostReportAsync(int id) => MoveAsync(id, SupervisionMove.Report);

    [Function(Policies.ProgrammeManage)]
    public Task<IActionResult> OnPostReturnAsync(int id) => MoveAsync(id, SupervisionMove.Return);

    [Function(Policies.ProgrammeManage)]
    public Task<IActionResult> OnPostCloseAsync(int id) => MoveAsync(id, SupervisionMove.Close);

    [Function(Policies.ProgrammeManage)]
    public Task<IActionResult> OnPostChaseAsync(int id) => MoveAsync(id, SupervisionMove.Chase);

    public Task<IActionResult> OnPostExtensionAsync(int id) => MoveAsync(id, SupervisionMove.RequestExtension);

    [Function(Policies.ProgrammeManage)]
    public Task<IActionResult> OnPostGrantAsync(int id) => MoveAsync(id, SupervisionMove.GrantExtension);

    [Function(Policies.ProgrammeManage)]
    public Task<IActionResult> OnPostDeclineAsync(int id) => MoveAsync(id, SupervisionMove.DeclineExtension);

    private async Task<IActionResult> MoveAsync(int id, SupervisionMove move)
    {
        var outcome = await Actions.MoveAsync(id, move, Text, NewDueOn);
        if (outcome.Kind == SupervisionOutcomeKind.Done)
        {
            return Redirect($"/Programme/Supervision/Edit?id={id}");
        }
        if (outcome.Kind == SupervisionOutcomeKind.Invalid)
        {
            ShowErrors(outcome, "");
            await LoadItemAsync(id);
            return Page();
        }
        return Refused(outcome);
    }

    /// <summary>Replaces what model binding found (the issue form is bound on every post) with the
    /// action's own messages, so that each is shown once.</summary>
    private void ShowErrors(SupervisionOutcome outcome, string prefix)
    {
        ModelState.Clear();
        foreach (var (field, messages) in outcome.Errors!)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field == SupervisionOutcome.StateKey ? "" : prefix + field, message);
            }
        }
    }

    private IActionResult Refused(SupervisionOutcome outcome) =>
        outcome.Kind == SupervisionOutcomeKind.NotFound ? NotFound() : StatusCode(StatusCodes.Status403Forbidden);

    private async Task<bool> LoadItemAsync(int id)
    {
        _entity = await db.SupervisionItems.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id);
        if (_entity is null)
        {
            return false;
        }
        _actor = Actions.ActorFor(_entity.OwnerUnitId);
        Item = (await SupervisionRow.LoadAsync(db.SupervisionItems.AsNoTracking().Where(s => s.Id == id), db.Indicators, Today, take: 1)).Single();
        History = await SupervisionHistory.LoadAsync(db, id);
        ViewData["Year"] = _entity.Year;
        return true;
    }

    private async Task<bool> LoadIndicatorAsync(int indicatorId)
    {
        Indicator = await Actions.IndicatorAsync(indicatorId);
        if (Indicator?.LeadUnitId is { } lead)
        {
            LeadUnitName = await db.Units.Where(u => u.Id == lead).Select(u => u.Name).SingleOrDefaultAsync();
        }
        return Indicator is not null;
    }

    private async Task LoadUnitsAsync() =>
        Units = [.. (await db.Units.AsNoTracking().Where(SupervisionActions.Assignable).OrderBy(u => u.Kind).ThenBy(u => u.SortOrder).ToListAsync())
            .Select(u => new SelectListItem(Texts.Pick(u.Name, u.NameEn), u.Id.ToString(CultureInfo.InvariantCulture)))];

    /// <summary>Whether the user may make the move now: allowed to, and the item allows it today.</summary>
    public bool Can(SupervisionMove move) =>
        _entity is not null && SupervisionRules.MayAct(_actor, move) && SupervisionRules.Refusal(_entity, move, Today) is null;
}
