using Ballast.Web.Common;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>What the pages and the API read: a unit's updates, the reviewer's list, the periods'
/// counts. Expected reports are indicator × responsible unit; a year holds a few dozen indicators,
/// so the pairs are formed in memory.</summary>
public sealed partial class SubmissionService
{
    /// <summary>Review filters beside the states.</summary>
    public const string NotReportedFilter = "NotReported";
    public const string LateFilter = "Late";
    public const string ExtensionFilter = "Extension";

    /// <summary>"My updates": every reported (not computed) indicator of the period's year that the
    /// user's unit — or, for the office, the unit named — leads or supports, with its submission.</summary>
    public async Task<MyUpdates?> MyUpdatesAsync(int periodId, int? unitId = null)
    {
        var period = await _db.ReportingPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId);
        if (period is null)
        {
            return null;
        }
        IReadOnlyList<int> units = unitId is not { } u ? _scope.UnitIds : _scope.WritesAll || _scope.UnitIds.Contains(u) ? [u] : [];
        var indicators = await ReportedIndicators(period.Year)
            .Where(i => (i.LeadUnitId != null && units.Contains(i.LeadUnitId.Value)) || i.Supporting.Any(s => units.Contains(s.UnitId)))
            .ToListAsync();
        var submissions = await _db.IndicatorSubmissions.AsNoTracking().Where(s => s.PeriodId == periodId && units.Contains(s.OwnerUnitId)).ToListAsync();
        var names = await UnitNamesAsync(units);
        var evidence = await EvidenceOfAsync(submissions);
        var today = CityTime.Today(_db.Time);
        var rows = new List<UpdateRow>();
        foreach (var i in indicators)
        {
            foreach (var unit in Responsible(i).Where(units.Contains))
            {
                var s = submissions.FirstOrDefault(x => x.IndicatorId == i.Id && x.OwnerUnitId == unit);
                var actor = ActorFor(unit, i.LeadUnitId);
                var due = SubmissionRules.DueOn(period.DueOn, s?.ExtendedTo);
                var (name, nameEn) = names.GetValueOrDefault(unit, ("", null));
                rows.Add(new UpdateRow(i, i.Battle!.Name, i.Battle.NameEn, unit, name, nameEn, unit == i.LeadUnitId, s,
                    s is null ? [] : [.. evidence[s.Id]], due, SubmissionRules.CanEdit(s?.State, period.State, actor),
                    SubmissionRules.CanAskExtension(s?.State, period.State, due, today, s?.ExtensionRequestedTo is not null, actor) is null));
            }
        }
        return new MyUpdates(period, rows);
    }

    /// <summary>The reviewer's list for a period: the office sees every expected report, a lead unit
    /// those of the indicators it leads. <paramref name="state"/> is a <see cref="SubmissionState"/>
    /// name or one of the filters above.</summary>
    public async Task<IReadOnlyList<ReviewRow>> ListAsync(int periodId, string? state = null, int? unitId = null)
    {
        var period = await _db.ReportingPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId);
        if (period is null)
        {
            return [];
        }
        var indicators = await ReviewedIndicatorsAsync(period.Year);
        var submissions = await Visible().AsNoTracking().Where(s => s.PeriodId == periodId).ToListAsync();
        var units = indicators.SelectMany(i => Responsible(i).Append(i.LeadUnitId ?? 0)).Distinct().ToList();
        var names = await UnitNamesAsync(units);
        var rows = new List<ReviewRow>();
        foreach (var i in indicators)
        {
            string? leadName = null, leadEn = null;
            if (i.LeadUnitId is { } l && names.TryGetValue(l, out var n))
            {
                (leadName, leadEn) = n;
            }
            foreach (var unit in Responsible(i).Where(x => unitId is null || x == unitId))
            {
                var s = submissions.FirstOrDefault(x => x.IndicatorId == i.Id && x.OwnerUnitId == unit);
                var (name, nameEn) = names.GetValueOrDefault(unit, ("", null));
                rows.Add(new ReviewRow(i, unit, name, nameEn, unit == i.LeadUnitId, leadName, leadEn, s, [],
                    SubmissionRules.DueOn(period.DueOn, s?.ExtendedTo)));
            }
        }
        rows = [.. rows.Where(r => Matches(r, state))];
        var evidence = await EvidenceOfAsync(rows.Where(r => r.Submission is not null).Select(r => r.Submission!));
        return [.. rows.Select(r => r.Submission is { } s ? r with { Evidence = [.. evidence[s.Id]] } : r)];
    }

    private static bool Matches(ReviewRow r, string? state) => state switch
    {
        null or "" => true,
        NotReportedFilter => !r.Reported,
        LateFilter => r.Reported && r.Submission!.SubmittedLate,
        ExtensionFilter => r.ExtensionPending,
        _ => Enum.TryParse<SubmissionState>(state, out var s) && r.Submission?.State == s,
    };

    /// <summary>The year's periods with the reviewer's counts: expected, reported, not reported (no
    /// submission, a draft or a returned one), late, accepted, returned, extensions to decide.</summary>
    public async Task<IReadOnlyList<PeriodSummary>> PeriodsAsync(int year)
    {
        var periods = await _db.ReportingPeriods.AsNoTracking().Where(p => p.Year == year).OrderBy(p => p.Month).ToListAsync();
        var pairs = (await ReviewedIndicatorsAsync(year)).SelectMany(i => Responsible(i).Select(u => (i.Id, u))).ToHashSet();
        var submissions = await Visible().AsNoTracking().Where(s => s.Period!.Year == year)
            .Select(s => new { s.PeriodId, s.IndicatorId, s.OwnerUnitId, s.State, s.SubmittedLate, Pending = s.ExtensionRequestedTo != null })
            .ToListAsync();
        return [.. periods.Select(p =>
        {
            var mine = submissions.Where(s => s.PeriodId == p.Id && pairs.Contains((s.IndicatorId, s.OwnerUnitId))).ToList();
            var reported = mine.Count(s => SubmissionRules.IsReported(s.State));
            return new PeriodSummary(p, pairs.Count, reported, pairs.Count - reported,
                mine.Count(s => SubmissionRules.IsReported(s.State) && s.SubmittedLate),
                mine.Count(s => s.State == SubmissionState.Accepted), mine.Count(s => s.State == SubmissionState.Returned),
                mine.Count(s => s.Pending));
        })];
    }

    /// <summary>The year's periods, for choosing one.</summary>
    public async Task<IReadOnlyList<ReportingPeriod>> PeriodListAsync(int year) =>
        await _db.ReportingPeriods.AsNoTracking().Where(p => p.Year == year).OrderBy(p => p.Month).ToListAsync();

    /// <summary>The latest open period of the year, else the latest.</summary>
    public static ReportingPeriod? DefaultPeriod(IReadOnlyList<ReportingPeriod> periods) =>
        periods.LastOrDefault(p => p.State == PeriodState.Open) ?? (periods.Count > 0 ? periods[^1] : null);

    private IQueryable<Indicator> ReportedIndicators(int year) =>
        IndicatorsOf(year).AsNoTracking().Include(i => i.Battle).Include(i => i.Supporting)
            .Where(i => i.ComputedRule == null).OrderBy(i => i.Battle!.SortOrder).ThenBy(i => i.SortOrder);

    private async Task<List<Indicator>> ReviewedIndicatorsAsync(int year)
    {
        var units = _scope.UnitIds;
        var q = ReportedIndicators(year);
        return await (_scope.WritesAll ? q : q.Where(i => i.LeadUnitId != null && units.Contains(i.LeadUnitId.Value))).ToListAsync();
    }

    private async Task<Dictionary<int, (string Name, string? NameEn)>> UnitNamesAsync(IEnumerable<int> ids)
    {
        var list = ids.ToList();
        return await _db.Units.AsNoTracking().Where(u => list.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.Name, u.NameEn));
    }

    private async Task<ILookup<int, EvidenceInfo>> EvidenceOfAsync(IEnumerable<IndicatorSubmission> submissions)
    {
        var ids = submissions.Select(s => s.Id).ToList();
        var list = await _db.Evidence.AsNoTracking().Where(e => ids.Contains(e.SubmissionId)).OrderBy(e => e.Id)
            .Select(e => new EvidenceInfo(e.Id, e.SubmissionId, e.FileName, e.ContentType, e.Content.Length, e.UploadedAt)).ToListAsync();
        return list.ToLookup(e => e.SubmissionId);
    }
}
