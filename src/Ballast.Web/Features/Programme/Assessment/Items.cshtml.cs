using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>The office's side of a scheme: items and weights while unpublished; afterwards, weight
/// changes asked for by one office user and decided by another.</summary>
[Function(Policies.ProgrammeManage)]
public sealed class AssessmentItemsModel(AppDbContext db, AssessmentActions actions, Texts t) : PageModel
{
    public int Year { get; private set; }
    public UnitKind Kind { get; private set; }
    public AssessmentScheme? Scheme { get; private set; }
    public IReadOnlyList<Indicator> Addable { get; private set; } = [];
    public IReadOnlyList<WeightChangeRequest> Requests { get; private set; } = [];
    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(int? year, UnitKind? kind)
    {
        if (!actions.IsOffice)
        {
            return Forbid();
        }
        await LoadAsync(year, kind);
        return Page();
    }

    public async Task<IActionResult> OnPostWeightAsync(int itemId, decimal? weight, int? year, UnitKind? kind) =>
        await AnswerAsync(await actions.SetWeightAsync(itemId, weight), t["权重已修改"], year, kind);

    public async Task<IActionResult> OnPostAddAsync(int schemeId, int indicatorId, decimal? weight, int? year, UnitKind? kind) =>
        await AnswerAsync(await actions.AddItemAsync(schemeId, indicatorId, weight), t["已加入考核项目"], year, kind);

    public async Task<IActionResult> OnPostRemoveAsync(int itemId, int? year, UnitKind? kind) =>
        await AnswerAsync(await actions.RemoveItemAsync(itemId), t["已移除考核项目"], year, kind);

    public async Task<IActionResult> OnPostRequestAsync(int itemId, decimal? weight, string? reason, int? year, UnitKind? kind) =>
        await AnswerAsync(
            await actions.RequestWeightChangeAsync(itemId, weight, reason),
            t["已提出权重调整申请，待另一名办公室人员审批"],
            year,
            kind);

    public async Task<IActionResult> OnPostDecideAsync(int requestId, bool approve, int? version, int? year, UnitKind? kind)
    {
        AssessmentChange change;
        try
        {
            change = await actions.DecideAsync(requestId, approve, version);
        }
        catch (DbUpdateConcurrencyException)
        {
            change = AssessmentChange.Invalid("该申请已被他人处理，您的操作未保存，请核对后重试");
        }
        return await AnswerAsync(change, approve ? t["已批准，权重已调整"] : t["已驳回，权重不变"], year, kind);
    }

    private async Task<IActionResult> AnswerAsync(AssessmentChange change, string done, int? year, UnitKind? kind)
    {
        switch (change.Outcome)
        {
            case ChangeOutcome.Forbidden:
                return Forbid();
            case ChangeOutcome.NotFound:
                return NotFound();
            case ChangeOutcome.Done:
                Message = done;
                return RedirectToPage(new { year, kind });
            default:
                Error = t[change.Error!];
                await LoadAsync(year, kind);
                return Page();
        }
    }

    private async Task LoadAsync(int? year, UnitKind? kind)
    {
        Year = ProgrammeYear.Resolve(HttpContext, year);
        Kind = kind == UnitKind.Department ? UnitKind.Department : UnitKind.District;
        await AssessmentSeed.EnsureAsync(db, Year);
        var y = Year;
        var k = Kind;
        Scheme = await db.AssessmentSchemes.AsNoTracking()
            .Include(s => s.Items).ThenInclude(i => i.Indicator!).ThenInclude(i => i.LeadUnit)
            .Include(s => s.Items).ThenInclude(i => i.Indicator!).ThenInclude(i => i.Supporting).ThenInclude(x => x.Unit)
            .SingleOrDefaultAsync(s => s.Year == y && s.UnitKind == k);
        if (Scheme is null)
        {
            return;
        }
        Scheme.Items = [.. Scheme.Items.OrderBy(i => i.Indicator!.BattleId).ThenBy(i => i.Indicator!.SortOrder)];
        var used = Scheme.Items.Select(i => i.IndicatorId).ToList();
        Addable = await db.Indicators.AsNoTracking()
            .Where(i => db.Plans.Any(p => p.Id == i.Battle!.PlanId && p.Year == y) && !used.Contains(i.Id))
            .OrderBy(i => i.BattleId).ThenBy(i => i.SortOrder).ToListAsync();
        var items = Scheme.Items.Select(i => i.Id).ToList();
        Requests = await db.WeightChangeRequests.AsNoTracking().Where(r => items.Contains(r.ItemId)).OrderByDescending(r => r.Id).ToListAsync();
    }
}
