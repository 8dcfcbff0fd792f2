using Ballast.Web.Common;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>Gathers what <see cref="AssessmentScoring"/> needs for every unit of a scheme's kind:
/// each item's status as it applies to the unit, the adjustments and the overdue supervision.</summary>
public sealed class AssessmentResults(IServiceScopeFactory scopes)
{
    public async Task<AssessmentOutcome?> ComputeAsync(int year, UnitKind kind, int? requestedMonth)
    {
        // A published ranking is read by every unit and is made of every unit's figures, so it is
        // computed in a scope of its own that reads all units (the explicit bypass, read-only);
        // the page or endpoint decides which rows its user may see.
        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<AppDbContext>();
        var scheme = await db.AssessmentSchemes.AsNoTracking()
            .Include(s => s.Items).ThenInclude(i => i.Indicator!).ThenInclude(i => i.Supporting).ThenInclude(x => x.Unit)
            .Include(s => s.Items).ThenInclude(i => i.Indicator!).ThenInclude(i => i.LeadUnit)
            .SingleOrDefaultAsync(s => s.Year == year && s.UnitKind == kind);
        if (scheme is null)
        {
            return null;
        }
        scheme.Items = [.. scheme.Items.OrderBy(i => i.Indicator!.BattleId).ThenBy(i => i.Indicator!.SortOrder)];
        var months = await db.ReportingPeriods.AsNoTracking().Where(p => p.Year == year).OrderBy(p => p.Month).Select(p => p.Month).ToListAsync();
        int? month = requestedMonth is { } r && months.Contains(r) ? r : months.Count > 0 ? months[^1] : null;
        var asOf = CityTime.Today(db.Time);
        if (month is not { } m)
        {
            return new AssessmentOutcome(scheme, null, months, asOf, [], [],
                new Dictionary<int, string>(), new Dictionary<int, IndicatorResult>(), new Dictionary<int, Progress>());
        }

        var plan = await services.ServiceProvider.GetRequiredService<IndicatorValues>().ForPlanAsync(year, m);
        var indicators = plan?.Indicators.ToDictionary(x => x.Indicator.Id) ?? [];
        var districts = kind == UnitKind.District
            ? (await services.ServiceProvider.GetRequiredService<KeyProjectFigures>().ByAsync(Breakdown.District, year, m))
                .Where(g => g.Key is not null).ToDictionary(g => g.Key!.Value, g => g.Progress)
            : [];
        // An indicator whose module is not built yet has no value for anyone: it is left out, not scored 0.
        var unavailable = scheme.Items.Where(i => indicators.GetValueOrDefault(i.IndicatorId)?.Unavailable is not null)
            .ToDictionary(i => i.Id, i => indicators[i.IndicatorId].Unavailable!);
        var adjustments = (await db.AssessmentAdjustments.AsNoTracking()
                .Where(a => a.SchemeId == scheme.Id)
                .Select(a => new { a.UnitId, a.Points })
                .ToListAsync())
            .ToLookup(a => a.UnitId, a => a.Points);
        var overdue = await SupervisionFigures.ByUnitAsync(db, year);
        var units = await db.Units.AsNoTracking().Where(u => u.Kind == kind && u.IsActive).OrderBy(u => u.SortOrder).ToListAsync();

        var inputs = units.Select(u => new UnitInput(u.Id, u.Name, u.NameEn,
            [.. scheme.Items.Where(i => !unavailable.ContainsKey(i.Id)).Select(i => Apply(i, u, indicators, districts)).OfType<ScoredItem>()],
            [.. adjustments[u.Id]], overdue.TryGetValue(u.Id, out var c) ? AssessmentSupervision.Counted(c) : 0)).ToList();
        var ranking = AssessmentScoring.Rank(inputs);
        var notRanked = units.Where(u => ranking.All(x => x.Unit.UnitId != u.Id)).ToList();
        return new AssessmentOutcome(scheme, m, months, asOf, ranking, notRanked, unavailable, indicators, districts);
    }

    /// <summary>How an item applies to a unit: a district on its own key projects for the
    /// key-investment item; otherwise as the indicator's lead unit (full weight) or a supporting
    /// unit (half weight), scored by the indicator's city-wide status. Null when it does not apply.</summary>
    private static ScoredItem? Apply(AssessmentItem item, Unit unit, Dictionary<int, IndicatorResult> indicators, Dictionary<int, Progress> districts)
    {
        var i = item.Indicator!;
        if (unit.Kind == UnitKind.District && i.ComputedRule == AssessmentSeed.KeyInvestmentRule)
        {
            // A district without key projects this year has nothing to be measured on.
            return districts.TryGetValue(unit.Id, out var p) ? new ScoredItem(item.Id, i.Name, i.NameEn, item.Weight, AssessmentRole.District, p.Status) : null;
        }
        var role = i.LeadUnitId == unit.Id ? AssessmentRole.Lead
            : i.Supporting.Any(s => s.UnitId == unit.Id) ? AssessmentRole.Supporting
            : (AssessmentRole?)null;
        var status = indicators.TryGetValue(i.Id, out var result) ? result.Progress.Status : Status.NotReported;
        return role is { } r ? new ScoredItem(item.Id, i.Name, i.NameEn, item.Weight, r, status) : null;
    }
}
