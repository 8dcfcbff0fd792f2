using Ballast.Web.Common;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>The indicator reporting cycle (我的填报 → 审核): saving and submitting a unit's values,
/// acceptance and return by the lead unit or the office, reopening, extensions and evidence. Pages
/// and API call the same methods; every refusal is a Chinese reason; every change is audited by the
/// DbContext.</summary>
public sealed partial class SubmissionService
{
    internal const string Stale = "该填报已被他人修改，请刷新后重试";
    private const string NotFound = "填报不存在或不在本单位范围内";
    private const string NoPeriod = "填报期不存在";
    private const string NotResponsible = "本单位不是该指标的牵头或配合单位，不能填报";
    private const string NoIndicator = "指标不存在或不属于该填报期所在年度的计划";
    private const string Computed = "该指标由系统根据台账自动计算，无需填报";

    private readonly AppDbContext _db;
    private readonly UserScope _scope;

    public SubmissionService(AppDbContext db, UserScope scope)
    {
        _db = db;
        _scope = scope;
    }

    public bool IsOffice => _scope.WritesAll;

    public SubmissionActor ActorFor(int ownerUnitId, int? leadUnitId) =>
        new(_scope.WritesAll, _scope.UnitIds.Contains(ownerUnitId), leadUnitId is { } lead && _scope.UnitIds.Contains(lead));

    public Task<List<(int IndicatorId, string Error)>> SaveAsync(int periodId, IReadOnlyList<SubmissionEntry> entries) =>
        WriteAsync(periodId, entries, submit: false);

    public Task<List<(int IndicatorId, string Error)>> SubmitAsync(int periodId, IReadOnlyList<SubmissionEntry> entries) =>
        WriteAsync(periodId, entries, submit: true);

    /// <summary>Every entry is checked first; nothing is written if any is refused.</summary>
    private async Task<List<(int IndicatorId, string Error)>> WriteAsync(int periodId, IReadOnlyList<SubmissionEntry> entries, bool submit)
    {
        var period = await _db.ReportingPeriods.SingleOrDefaultAsync(p => p.Id == periodId);
        if (period is null)
        {
            return [(0, NoPeriod)];
        }
        var ids = entries.Select(e => e.IndicatorId).Distinct().ToList();
        var indicators = await IndicatorsOf(period.Year).Include(i => i.Supporting).Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id);
        // Through the scope filter: a unit finds exactly the submissions it may change.
        var existing = await _db.IndicatorSubmissions.Where(s => s.PeriodId == periodId && ids.Contains(s.IndicatorId)).ToListAsync();
        var now = _db.Time.GetUtcNow();
        var errors = new List<(int, string)>();
        var seen = new HashSet<(int, int)>();
        foreach (var e in entries)
        {
            var (indicator, unit, problem) = Locate(indicators.GetValueOrDefault(e.IndicatorId), e.UnitId);
            if (problem is null && !seen.Add((indicator!.Id, unit)))
            {
                problem = "同一指标在一次报送中只能填写一行";
            }
            var s = existing.FirstOrDefault(x => x.IndicatorId == e.IndicatorId && x.OwnerUnitId == unit);
            problem ??= SubmissionRules.CanEdit(s?.State, period.State, ActorFor(unit, indicator!.LeadUnitId))
                ?? SubmissionRules.CheckEntry(indicator!.Kind, e.Value, e.Done, e.Narrative, submit)
                ?? (e.Version is { } v && s is not null && s.Version != v ? Stale : null);
            if (problem is not null)
            {
                errors.Add((e.IndicatorId, problem));
                continue;
            }
            if (s is null)
            {
                s = New(period.Id, indicator!, unit);
                existing.Add(s);
            }
            var milestone = indicator!.Kind == IndicatorKind.Milestone;
            s.Value = milestone ? null : e.Value;
            s.Done = milestone ? e.Done : null;
            s.Narrative = string.IsNullOrWhiteSpace(e.Narrative) ? null : e.Narrative.Trim();
            s.AssignedUnitId = indicator.LeadUnitId;
            if (submit)
            {
                s.State = SubmissionState.Submitted;
                s.SubmittedAt = now;
                s.SubmittedBy = _scope.UserName;
                s.SubmittedLate = SubmissionRules.IsLate(now, SubmissionRules.DueOn(period.DueOn, s.ExtendedTo));
                s.ReturnReason = null;
            }
            // A returned value stays returned (with its reason in view) until it is submitted again.
        }
        if (errors.Count > 0)
        {
            _db.ChangeTracker.Clear();
            return errors;
        }
        return await SaveChangesAsync() is { } stale ? [(0, stale)] : errors;
    }

    public Task<string?> AcceptAsync(int submissionId) => ReviewAsync(submissionId, accept: true, reason: null);

    public Task<string?> ReturnAsync(int submissionId, string? reason) => ReviewAsync(submissionId, accept: false, reason);

    private async Task<string?> ReviewAsync(int submissionId, bool accept, string? reason)
    {
        var s = await Visible().SingleOrDefaultAsync(x => x.Id == submissionId);
        if (s is null)
        {
            return NotFound;
        }
        if (SubmissionRules.CanReview(accept, s.State, ActorFor(s.OwnerUnitId, s.AssignedUnitId), reason) is { } problem)
        {
            return problem;
        }
        s.State = accept ? SubmissionState.Accepted : SubmissionState.Returned;
        s.ReturnReason = accept ? null : reason!.Trim();
        return await SaveChangesAsync();
    }

    public async Task<string?> ReopenAsync(int submissionId, string? reason)
    {
        var s = await Visible().SingleOrDefaultAsync(x => x.Id == submissionId);
        if (s is null)
        {
            return NotFound;
        }
        if (SubmissionRules.CanReopen(s.State, ActorFor(s.OwnerUnitId, s.AssignedUnitId), reason) is { } problem)
        {
            return problem;
        }
        s.State = SubmissionState.Returned;
        s.ReturnReason = string.IsNullOrWhiteSpace(reason) ? "领导小组办公室重新开启以便更正" : reason.Trim();
        return await SaveChangesAsync();
    }

    public async Task<string?> RequestExtensionAsync(int periodId, int indicatorId, DateOnly? to, string? reason, int? unitId = null)
    {
        var period = await _db.ReportingPeriods.SingleOrDefaultAsync(p => p.Id == periodId);
        if (period is null)
        {
            return NoPeriod;
        }
        var (indicator, unit, problem) = Locate(
            await IndicatorsOf(period.Year).Include(i => i.Supporting).SingleOrDefaultAsync(i => i.Id == indicatorId), unitId);
        if (problem is not null)
        {
            return problem;
        }
        var s = await _db.IndicatorSubmissions.SingleOrDefaultAsync(x => x.PeriodId == periodId && x.IndicatorId == indicatorId && x.OwnerUnitId == unit);
        problem = SubmissionRules.CanRequestExtension(s?.State, period.State, SubmissionRules.DueOn(period.DueOn, s?.ExtendedTo),
            CityTime.Today(_db.Time), s?.ExtensionRequestedTo is not null, to, reason, ActorFor(unit, indicator!.LeadUnitId));
        if (problem is not null)
        {
            return problem;
        }
        s ??= New(period.Id, indicator, unit);
        s.ExtensionRequestedTo = to;
        s.ExtensionReason = reason!.Trim();
        return await SaveChangesAsync();
    }

    /// <summary>The office grants the date asked for, or refuses (the unit's reason stays on record).</summary>
    public async Task<string?> DecideExtensionAsync(int submissionId, bool grant)
    {
        var s = await Visible().SingleOrDefaultAsync(x => x.Id == submissionId);
        if (s is null)
        {
            return NotFound;
        }
        if (SubmissionRules.CanDecideExtension(s.ExtensionRequestedTo is not null, ActorFor(s.OwnerUnitId, s.AssignedUnitId)) is { } problem)
        {
            return problem;
        }
        if (grant)
        {
            s.ExtendedTo = s.ExtensionRequestedTo;
        }
        s.ExtensionRequestedTo = null;
        return await SaveChangesAsync();
    }

    /// <summary>The indicator and the unit reporting it: the unit named (which the user must be
    /// able to write for), else the user's own responsible unit, the lead unit first.</summary>
    private (Indicator? Indicator, int Unit, string? Problem) Locate(Indicator? indicator, int? requested)
    {
        if (indicator is null)
        {
            return (null, 0, NoIndicator);
        }
        if (indicator.ComputedRule is not null)
        {
            return (indicator, 0, Computed);
        }
        var responsible = Responsible(indicator).ToList();
        var unit = requested is { } r
            ? responsible.Contains(r) && _scope.CanWrite(r) ? r : (int?)null
            : responsible.Where(_scope.UnitIds.Contains)
                .OrderByDescending(u => _scope.UnitIds.Count > 0 && u == _scope.UnitIds[0])
                .Cast<int?>()
                .FirstOrDefault();
        return unit is { } u ? (indicator, u, null) : (indicator, 0, NotResponsible);
    }

    private static IEnumerable<int> Responsible(Indicator i) =>
        (i.LeadUnitId is { } lead ? [lead] : Array.Empty<int>()).Concat(i.Supporting.Select(s => s.UnitId)).Distinct();

    private IndicatorSubmission New(int periodId, Indicator indicator, int unit)
    {
        var s = new IndicatorSubmission
        {
            IndicatorId = indicator.Id, PeriodId = periodId, OwnerUnitId = unit, AssignedUnitId = indicator.LeadUnitId, State = SubmissionState.Draft,
        };
        _db.IndicatorSubmissions.Add(s);
        return s;
    }

    private IQueryable<Indicator> IndicatorsOf(int year) =>
        _db.Indicators.Where(i => _db.Plans.Any(p => p.Year == year && p.Id == i.Battle!.PlanId));

    /// <summary>The submissions the user may see: those the scope filter shows, and — the explicit
    /// bypass — those assigned to the user's unit as the indicator's lead unit, which reviews them.</summary>
    private IQueryable<IndicatorSubmission> Visible()
    {
        var all = _scope.ReadsAll;
        var units = _scope.UnitIds;
        return _db.IndicatorSubmissions.IgnoreQueryFilters()
            .Where(s => all || units.Contains(s.OwnerUnitId) || (s.AssignedUnitId != null && units.Contains(s.AssignedUnitId.Value)));
    }

    /// <summary>Saves; a change someone else made first (the version token) is refused, not overwritten.</summary>
    private async Task<string?> SaveChangesAsync()
    {
        try
        {
            await _db.SaveChangesAsync();
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            _db.ChangeTracker.Clear();
            return Stale;
        }
    }
}
