using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's programme cycle: the lead units' reports for August (accepted) and
/// September (submitted) on the indicators reported by hand, some late or missing, and a few
/// supervision items — so the plan page, the bulletin and the assessment have something to show.
/// Values are demo values.</summary>
public static class DemoProgramme
{
    /// <summary>Indicator code → (August value, September value, milestone done); null = not reported.</summary>
    private static readonly Dictionary<string, (decimal? Aug, decimal? Sep, bool? Done)> Reports = new(StringComparer.Ordinal)
    {
        ["emerging-growth"] = (11.5m, 11.2m, null),
        ["tech-renovation"] = (330m, 380m, null),
        ["manufacturing-share"] = (0.3m, 0.4m, null),
        ["future-opinion"] = (null, null, true),
        ["future-zone"] = (null, null, false),
        ["innovation-centres"] = (9m, 10m, null),
        ["service-clusters"] = (31m, 33m, null),
        ["services-action"] = (null, null, true),
        ["park-measures"] = (null, null, false),
        ["referral-policy"] = (null, null, true),
        ["policy-compendium"] = (null, null, true),
        // national-pilot: the lead unit has not reported September (shows 未报).
    };

    public static async Task SeedAsync(AppDbContext db, int year = 2023)
    {
        var periods = await db.ReportingPeriods.Where(p => p.Year == year && (p.Month == 8 || p.Month == 9)).ToDictionaryAsync(p => p.Month);
        if (periods.Count < 2)
        {
            return;
        }
        var indicators = await db.Indicators
            .Where(i => i.Battle!.PlanId == db.Plans.Where(p => p.Year == year).Select(p => p.Id).First() && i.LeadUnitId != null)
            .ToDictionaryAsync(i => i.Code);
        var now = db.Time.GetUtcNow();
        foreach (var (code, (aug, sep, done)) in Reports)
        {
            if (!indicators.TryGetValue(code, out var i))
            {
                continue;
            }
            foreach (var (month, value, state) in new[] { (8, aug, SubmissionState.Accepted), (9, sep, SubmissionState.Submitted) })
            {
                db.IndicatorSubmissions.Add(new IndicatorSubmission
                {
                    IndicatorId = i.Id, PeriodId = periods[month].Id, OwnerUnitId = i.LeadUnitId!.Value, AssignedUnitId = i.LeadUnitId,
                    Value = value, Done = done is null ? null : month == 9 ? done : false, State = state,
                    Narrative = "（演示）按月报送", SubmittedAt = now, SubmittedBy = "demo",
                });
            }
        }
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        (string Title, string Source, string Unit, DateOnly Due, SupervisionState State)[] items =
        [
            ("（演示）加快重点技改项目入库进度", "会议", "dept-miit", new DateOnly(year, 9, 30), SupervisionState.Reported),
            ("（演示）平度市9月重点项目未按时报送，限期补报", "指标预警", "370283", new DateOnly(year, 10, 15),
                SupervisionState.Assigned),
            ("（演示）李沧区重点项目投资严重滞后，提出整改措施", "指标预警", "370213", new DateOnly(year, 9, 20),
                SupervisionState.Acknowledged),
            ("（演示）专业园区管理办法起草", "领导批示", "dept-miit", new DateOnly(year, 8, 31), SupervisionState.Closed),
            ("（演示）政策汇编二维码页面上线", "会议", "dept-commerce", new DateOnly(year, 6, 30), SupervisionState.Closed),
        ];
        foreach (var s in items)
        {
            db.SupervisionItems.Add(new SupervisionItem
            {
                Year = year, Title = s.Title, Source = s.Source, OwnerUnitId = units[s.Unit], IssuedBy = "demo", DueOn = s.Due, State = s.State,
                IssuedOn = s.Due.AddDays(-30), ClosedOn = s.State == SupervisionState.Closed ? s.Due.AddDays(-2) : null,
                Report = s.State is SupervisionState.Reported or SupervisionState.Closed ? "（演示）已按要求办理" : null,
            });
        }
        await db.SaveChangesAsync();
    }
}
