using System.Globalization;
using System.Linq.Expressions;
using System.Security.Claims;
using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>Issuing and moving supervision items, shared by the pages and the API so that both
/// apply the same rules and scope. Nothing is written unless the whole action is allowed and valid.
/// Out of scope is not found (the query filter hides the item); in scope but not allowed is forbidden.</summary>
public sealed partial class SupervisionActions(AppDbContext db, Texts t, ClaimsPrincipal user)
{
    /// <summary>Units an item may be assigned to by hand: the active ones the assessment scores.</summary>
    public static readonly Expression<Func<Unit, bool>> Assignable = u => u.IsActive
        && (u.Kind == UnitKind.District || u.Kind == UnitKind.FunctionalArea || u.Kind == UnitKind.Department);

    public DateOnly Today => CityTime.Today(db.Time);

    /// <summary>The office writes every unit's records. The work falls to the assigned unit's own
    /// people: a city leader's scope covers every unit, but a leader does not report for a district.</summary>
    public SupervisionActor ActorFor(int ownerUnitId) => new(db.Scope.WritesAll, UnitId == ownerUnitId);

    private int? UnitId =>
        int.TryParse(user.FindFirstValue(AuthSetup.UnitClaim), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public SupervisionActor Office => new(db.Scope.WritesAll, false);

    /// <summary>Issues an item from a meeting, a leader's instruction or elsewhere; the office only.</summary>
    public async Task<SupervisionOutcome> IssueAsync(SupervisionInput input, int defaultYear)
    {
        if (!SupervisionRules.MayIssue(Office))
        {
            return SupervisionOutcome.Forbidden;
        }
        var errors = Validate(input);
        if (!SupervisionNames.ManualSources.Contains(input.Source))
        {
            errors.TryAdd(nameof(SupervisionInput.Source), [t["来源无效"].Value]);
        }
        if (input.OwnerUnitId > 0 && !await db.Units.Where(Assignable).AnyAsync(u => u.Id == input.OwnerUnitId))
        {
            errors[nameof(SupervisionInput.OwnerUnitId)] = [t["承办单位须为区市或市直部门"].Value];
        }
        return errors.Count > 0 ? SupervisionOutcome.Invalid(errors) : await AddAsync(input, input.Year ?? defaultYear, null);
    }

    /// <summary>Raises an item on an indicator (指标预警): assigned to its lead unit, in its plan's
    /// year, titled by its name unless a title is given. One open item per indicator at a time.</summary>
    public async Task<SupervisionOutcome> RaiseFromIndicatorAsync(int indicatorId, SupervisionInput input)
    {
        var indicator = await IndicatorAsync(indicatorId);
        if (indicator is null)
        {
            return SupervisionOutcome.NotFound;
        }
        if (!SupervisionRules.MayIssue(Office))
        {
            return SupervisionOutcome.Forbidden;
        }
        input.Source = SupervisionNames.IndicatorAlert;
        input.OwnerUnitId = indicator.LeadUnitId ?? 0;
        input.Year = indicator.Year;
        if (string.IsNullOrWhiteSpace(input.Title))
        {
            input.Title = indicator.Name;
        }
        if (indicator.LeadUnitId is null)
        {
            return SupervisionOutcome.Invalid(nameof(SupervisionInput.OwnerUnitId), t["该指标未设牵头单位，无法督办"]);
        }
        if (await db.SupervisionItems.AnyAsync(s => s.IndicatorId == indicatorId && s.State != SupervisionState.Closed))
        {
            return SupervisionOutcome.Invalid(SupervisionOutcome.StateKey, t["该指标已有未办结的督办事项"]);
        }
        var errors = Validate(input);
        return errors.Count > 0 ? SupervisionOutcome.Invalid(errors) : await AddAsync(input, indicator.Year, indicatorId);
    }

    public sealed record IndicatorFacts(int Id, string Name, string? NameEn, int? LeadUnitId, int Year);

    public Task<IndicatorFacts?> IndicatorAsync(int indicatorId) =>
        db.Indicators.AsNoTracking().Where(i => i.Id == indicatorId)
            .Select(i => new IndicatorFacts(i.Id, i.Name, i.NameEn, i.LeadUnitId,
                db.Plans.Where(p => p.Id == i.Battle!.PlanId).Select(p => p.Year).First()))
            .SingleOrDefaultAsync();

    private Dictionary<string, string[]> Validate(SupervisionInput input)
    {
        var errors = InputRules.Validate(input, t)
            .GroupBy(x => x.Field).ToDictionary(g => g.Key, g => g.Select(x => x.Message).ToArray());
        if (input.DueOn is { } due && SupervisionRules.DueRefusal(due, Today) is { } late)
        {
            errors[nameof(SupervisionInput.DueOn)] = [t[late].Value];
        }
        return errors;
    }

    private async Task<SupervisionOutcome> AddAsync(SupervisionInput input, int year, int? indicatorId)
    {
        var item = new SupervisionItem
        {
            Year = year,
            Title = SupervisionNotes.Clean(input.Title.Trim()),
            Detail = string.IsNullOrWhiteSpace(input.Detail) ? null : SupervisionNotes.Clean(input.Detail.Trim().ReplaceLineEndings("\n")),
            Source = input.Source,
            IndicatorId = indicatorId,
            OwnerUnitId = input.OwnerUnitId,
            IssuedBy = db.Scope.UserName,
            DueOn = input.DueOn!.Value,
            State = SupervisionState.Assigned,
            IssuedOn = Today,
        };
        db.SupervisionItems.Add(item);
        await db.SaveChangesAsync();
        return SupervisionOutcome.Done(item);
    }
}
