using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>One reward case: the project and referrer, the rule applied and the computation step by step, the joint
/// confirmation, the notice, the payment and the audit history; each step its own form.</summary>
[Function(Policies.BusinessWrite)]
public sealed class RewardCaseModel(AppDbContext db, UserScope scope, RewardSave save, Texts t, TimeProvider time) : PageModel
{
    [BindProperty] public FormedInput Formed { get; set; } = new();
    [BindProperty] public ConfirmationInput Confirmation { get; set; } = new();
    [BindProperty] public NoticeInput Notice { get; set; } = new();
    [BindProperty] public ObjectionInput Objection { get; set; } = new();
    [BindProperty] public PaymentInput Payment { get; set; } = new();
    [BindProperty] public ReopenInput Reopen { get; set; } = new();

    public RewardCase Case { get; private set; } = null!;
    public List<RewardHistory.HistoryLine> History { get; private set; } = [];
    public DateOnly Today => CityTime.Today(time);
    public bool CanWrite => scope.CanWrite(Case.Reward.OwnerUnitId);
    public bool IsOffice => scope.WritesAll;

    public async Task<IActionResult> OnGetAsync(int id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostInvestmentAsync(int id) => Act(id, () => save.ConfirmInvestmentAsync(id, Formed));
    public Task<IActionResult> OnPostConfirmAsync(int id) => Act(id, () => save.ConfirmAsync(id, Confirmation));
    public Task<IActionResult> OnPostNoticeAsync(int id) => Act(id, () => save.StartNoticeAsync(id, Notice));
    public Task<IActionResult> OnPostObjectionAsync(int id) => Act(id, () => save.ObjectAsync(id, Objection, false));
    [Function(Policies.ProgrammeManage)]
    public Task<IActionResult> OnPostHandledAsync(int id) => Act(id, () => save.ObjectAsync(id, Objection, true));
    public Task<IActionResult> OnPostPayAsync(int id) => Act(id, () => save.PayAsync(id, Payment));
    [Function(Policies.ProgrammeManage)]
    public Task<IActionResult> OnPostReopenAsync(int id) => Act(id, () => save.ReopenAsync(id, Reopen));

    private async Task<IActionResult> Act(int id, Func<Task<RecordSave<ReferralReward>>> step)
    {
        // Each form binds its own input; the others' empty ones say nothing.
        ModelState.Clear();
        var result = await step();
        if (result.Outcome == Projects.SaveOutcome.NotFound)
        {
            return NotFound();
        }
        if (result.Outcome == Projects.SaveOutcome.Saved)
        {
            return Redirect($"/Promotion/Rewards/{id}");
        }
        foreach (var (_, message) in result.Errors)
        {
            ModelState.AddModelError("", t[message]);
        }
        if (result.Outcome == Projects.SaveOutcome.Forbidden)
        {
            Response.StatusCode = StatusCodes.Status403Forbidden;
        }
        return await LoadAsync(id) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var c = await RewardCaseLoader.LoadAsync(db, scope, id);
        if (c is null)
        {
            return false;
        }
        Case = c;
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var lines = c.Reward.Confirmations.Select(l => l.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var trail = await db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == nameof(ReferralReward) && e.EntityKey == key) || (e.EntityType == nameof(RewardConfirmation) && lines.Contains(e.EntityKey)))
            .OrderBy(e => e.Id).ToListAsync();
        // The trail holds the ID number whole: shown as the reader may see it.
        if (c.Reward.ReferrerIdNumber is { } number && c.ReferrerIdShown != number)
        {
            trail.ForEach(e => e.After = e.After?.Replace(number, c.ReferrerIdShown, StringComparison.Ordinal));
        }
        var ids = RewardHistory.UnitIds(trail).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        History = [.. trail.Select(e => RewardHistory.Describe(e, units))];
        Formed.Version = Notice.Version = Payment.Version = Reopen.Version = c.Reward.Version;
        Formed.ConfirmedOn ??= Today;
        Notice.NoticeFrom ??= Today;
        Payment.PaidOn ??= Today;
        if (Payment.PaidWan == 0 && c.Reward.RewardWan is { } w)
        {
            Payment.PaidWan = w;
        }
        return true;
    }
}
