using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

/// <summary>The monthly dispatch: opening periods, entering and submitting figures, review,
/// acceptance, return and reopening. Pages and API call the same methods; every change is audited
/// by the DbContext.</summary>
public sealed class DispatchService(AppDbContext db, UserScope scope)
{
    public bool IsOffice => scope.WritesAll;

    public async Task<(ReportingPeriod? Period, string? Error)> OpenPeriodAsync(int year, int month, DateOnly dueOn)
    {
        if (!IsOffice)
        {
            return (null, "只有领导小组办公室可以开启调度期");
        }
        if (month is < 2 or > 12)
        {
            return (null, "调度期为2至12月（1-2月合并为首期）");
        }
        if (await db.ReportingPeriods.AnyAsync(p => p.Year == year && p.Month == month))
        {
            return (null, "该月调度期已开启");
        }
        if (dueOn < new DateOnly(year, month, 1))
        {
            return (null, "截止日期不能早于该月");
        }
        var period = new ReportingPeriod { Year = year, Month = month, DueOn = dueOn, State = PeriodState.Open, OpenedAt = db.Time.GetUtcNow() };
        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync();
        return (period, null);
    }

    public async Task<string?> SetPeriodStateAsync(int periodId, PeriodState state)
    {
        if (!IsOffice)
        {
            return "只有领导小组办公室可以开启或关闭调度期";
        }
        var period = await db.ReportingPeriods.SingleOrDefaultAsync(p => p.Id == periodId);
        if (period is null)
        {
            return "调度期不存在";
        }
        period.State = state;
        await db.SaveChangesAsync();
        return null;
    }

    /// <summary>Saves (and optionally submits) a unit's figures for several key projects at once:
    /// every row is checked first, and nothing is written if any row is refused. A row saved from
    /// an older read throws <see cref="DbUpdateConcurrencyException"/> and nothing is written.</summary>
    public async Task<List<(int KeyProjectId, string Error)>> SaveAsync(int periodId, IReadOnlyList<ReportEntry> entries, bool submit)
    {
        var errors = new List<(int, string)>();
        var period = await db.ReportingPeriods.SingleOrDefaultAsync(p => p.Id == periodId);
        if (period is null)
        {
            return [(0, "调度期不存在")];
        }
        var ids = entries.Select(e => e.KeyProjectId).ToList();
        var keys = await db.KeyProjects.Where(k => ids.Contains(k.Id) && k.Year == period.Year).ToDictionaryAsync(k => k.Id);
        var existing = await db.MonthlyReports.Where(r => r.PeriodId == periodId && ids.Contains(r.KeyProjectId)).ToDictionaryAsync(r => r.KeyProjectId);
        var now = db.Time.GetUtcNow();
        var seen = new HashSet<int>();
        foreach (var e in entries)
        {
            if (!seen.Add(e.KeyProjectId))
            {
                errors.Add((e.KeyProjectId, "同一项目在一次报送中只能填写一行"));
                continue;
            }
            if (!keys.TryGetValue(e.KeyProjectId, out var key))
            {
                errors.Add((e.KeyProjectId, "重点项目不存在或不在本单位范围内"));
                continue;
            }
            var report = existing.GetValueOrDefault(e.KeyProjectId);
            var problem = DispatchRules.Check(
                submit ? DispatchAction.Submit : DispatchAction.Save,
                report?.State,
                period.State,
                IsOffice,
                scope.CanWrite(key.OwnerUnitId));
            problem ??= DispatchRules.CheckFigures(e, submit);
            if (problem is not null)
            {
                errors.Add((e.KeyProjectId, problem));
                continue;
            }
            if (report is null)
            {
                report = new MonthlyReport { KeyProjectId = key.Id, PeriodId = periodId, OwnerUnitId = key.OwnerUnitId };
                db.MonthlyReports.Add(report);
            }
            report.Completed = e.Completed ?? 0m;
            report.PhysicalProgress = e.PhysicalProgress?.Trim();
            report.StartedThisMonth = e.StartedThisMonth;
            report.CompletedThisMonth = e.CompletedThisMonth;
            report.State = submit ? ReportState.Submitted : ReportState.Draft;
            report.ReturnReason = submit ? null : report.ReturnReason;
            if (submit)
            {
                report.SubmittedAt = now;
                report.SubmittedBy = scope.UserName;
                report.SubmittedLate = DispatchRules.IsLate(now, period.DueOn);
            }
            if (e.Version is { } read && report.Id != 0)
            {
                // Against the version the user read (-1: they saw none, so any stored one is newer).
                db.Expect(report, read);
            }
        }
        if (errors.Count > 0)
        {
            db.ChangeTracker.Clear();
            return errors;
        }
        await db.SaveChangesAsync();
        return errors;
    }

    public async Task<string?> ActAsync(int reportId, DispatchAction action, string? reason = null)
    {
        var report = await db.MonthlyReports.Include(r => r.Period).SingleOrDefaultAsync(r => r.Id == reportId);
        if (report is null)
        {
            return "月报不存在";
        }
        var problem = DispatchRules.Check(action, report.State, report.Period!.State, IsOffice, scope.CanWrite(report.OwnerUnitId), reason);
        if (problem is not null)
        {
            return problem;
        }
        var now = db.Time.GetUtcNow();
        switch (action)
        {
            case DispatchAction.Review:
                report.State = ReportState.Reviewed;
                report.ReviewedAt = now;
                break;
            case DispatchAction.Accept:
                report.State = ReportState.Accepted;
                report.AcceptedAt = now;
                break;
            case DispatchAction.Return:
                report.State = ReportState.Returned;
                report.ReturnReason = reason!.Trim();
                break;
            case DispatchAction.Reopen:
                report.State = ReportState.Returned;
                report.ReturnReason = string.IsNullOrWhiteSpace(reason) ? "领导小组办公室重新开启以便更正" : reason.Trim();
                report.AcceptedAt = null;
                break;
            default:
                return "不支持的操作";
        }
        await db.SaveChangesAsync();
        return null;
    }
}
