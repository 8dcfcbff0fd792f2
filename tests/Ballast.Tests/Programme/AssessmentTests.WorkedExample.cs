using System.Net;
using System.Net.Http.Json;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;
using static Ballast.Web.Features.Programme.AssessmentApi;
using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Programme;

/// <summary>The department worked example, in the September 2023 period (time progress 75%),
/// supervision counted on 2023-07-10 (the test clock).
/// <code>
/// Items (weight, status → score):
///   tech-renovation     20  lead 工信局, 10 of 500 reported: 2% vs 75% → 严重滞后 → 0
///   future-opinion      40  lead 工信局, supported by 科技局; done → 正常 → 100
///   innovation-centres  10  lead 发改委; computed from the service areas: none recognised → 严重滞后 → 0
///   services-action     30  lead 发改委; not done yet → 滞后 → 60
///   referral-policy     10  lead 商务局; done → 正常 → 100 (entered at 15, set to 10 on the page)
///
/// 工信局  (20×0 + 40×100) ÷ 60 = 66.67;  + 2 (bonus)                     → 66.67 + 2 − 2×0 = 68.67
/// 科技局  (40×0.5×100) ÷ 20 = 100.00;    − 3 (penalty), 1 overdue item    → 100.00 − 3 − 2×1 = 95.00
/// 发改委  (10×0 + 30×60) ÷ 40 = 45.00                                     → 45.00 + 0 − 2×0 = 45.00
/// 商务局  (10×100) ÷ 10 = 100.00;        − 1 (penalty), 2 overdue items:
///         one open past due, one closed late (one closed on time and one not yet due do not count)
///                                                                         → 100.00 − 1 − 2×2 = 95.00
/// Ranking: 商务局 1, 科技局 1 (tied; unit order), 工信局 3, 发改委 4; the seven other departments lead
/// nothing in the scheme and are not ranked.
/// </code></summary>
public sealed partial class AssessmentTests
{
    [Fact]
    public async Task Departments_score_and_rank_as_worked_out_by_hand()
    {
        var office = await ApiAsync("as-dept", "dept-drc", Roles.ProgrammeOffice);
        var officePage = await PageAsync("as-dept-page", "dept-drc", Roles.ProgrammeOffice);
        await ResultsAsync(office, UnitKind.Department);
        var (drc, miit, commerce, science) = (await UnitAsync("dept-drc"), await UnitAsync("dept-miit"), await UnitAsync("dept-commerce"), await UnitAsync("dept-science"));
        var scheme = await SchemeAsync(UnitKind.Department);
        await WorkedExampleAsync(scheme.Id);

        // The office sets a weight on the page while the scheme is unpublished.
        var referral = await IndicatorAsync("referral-policy");
        var referralItem = (await SchemeAsync(UnitKind.Department)).Items.Single(i => i.IndicatorId == referral);
        var set = await PostAsync(officePage, "/Programme/Assessment/Items?handler=Weight&year=2023&kind=Department", ("itemId", Id(referralItem.Id)), ("weight", "10"));
        Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);

        foreach (var (unit, points, reason) in new[] { (miit, 2m, "牵头出台未来产业实施意见"), (commerce, -1m, "月报迟报一次"), (science, -3m, "配合事项未按时反馈") })
        {
            var added = await office.PostAsJsonAsync("/api/programme/assessment/adjustments", new NewAdjustment(Year, UnitKind.Department, unit, points, reason));
            Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        }

        var r = await ResultsAsync(office, UnitKind.Department);

        Assert.Equal(9, r.Month);
        Assert.False(r.IsPublished);
        Assert.Equal([commerce, science, miit, drc], r.Ranking.Select(x => x.UnitId));
        Assert.Equal([1, 1, 3, 4], r.Ranking.Select(x => x.Rank));
        Assert.Equal([100.00m, 100.00m, 66.67m, 45.00m], r.Ranking.Select(x => x.Base));
        Assert.Equal([-1m, -3m, 2m, 0m], r.Ranking.Select(x => x.Adjustments));
        Assert.Equal([2, 1, 0, 0], r.Ranking.Select(x => x.OverdueSupervision));
        Assert.Equal([4m, 2m, 0m, 0m], r.Ranking.Select(x => x.SupervisionDeduction));
        Assert.Equal([95.00m, 95.00m, 68.67m, 45.00m], r.Ranking.Select(x => x.Total));
        Assert.Equal(["(10×100) ÷ 10 = 100.00", "(40×0.5×100) ÷ 20 = 100.00", "(20×0 + 40×100) ÷ 60 = 66.67", "(10×0 + 30×60) ÷ 40 = 45.00"],
            r.Ranking.Select(x => x.BaseFormula));
        Assert.Equal(["100.00 − 1 − 2×2 = 95.00", "100.00 − 3 − 2×1 = 95.00", "66.67 + 2 − 2×0 = 68.67", "45.00 + 0 − 2×0 = 45.00"],
            r.Ranking.Select(x => x.TotalFormula));
        var miitItems = r.Ranking.Single(x => x.UnitId == miit).Items!;
        Assert.Equal([Status.Red, Status.Green], miitItems.Select(i => i.Status));
        Assert.Equal(AssessmentRole.Supporting, r.Ranking.Single(x => x.UnitId == science).Items!.Single().Role);
        Assert.Equal(Status.Red, r.Ranking.Single(x => x.UnitId == drc).Items![0].Status);

        // The page shows the same ranking, each score with its formula, and says how not reporting counts.
        var html = await officePage.GetStringAsync("/Programme/Assessment?Year=2023&Kind=Department");
        Assert.Equal(r.Ranking.Select(x => (x.UnitId, x.Rank, x.Total)), RankRow().Matches(html).Select(m =>
            (int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture),
                decimal.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture))));
        var text = WebUtility.HtmlDecode(html);
        Assert.Contains("(20×0 + 40×100) ÷ 60 = 66.67", text, StringComparison.Ordinal);
        Assert.Contains("100.00 − 1 − 2×2 = 95.00", text, StringComparison.Ordinal);
        Assert.Contains("未报按 0 分计", html, StringComparison.Ordinal);
        var items = await officePage.GetStringAsync("/Programme/Assessment/Items?Year=2023&Kind=Department");
        Assert.Equal(5, ItemRow().Count(items));
        Assert.Contains("方案未发布：可直接增删考核项目、修改权重。", items, StringComparison.Ordinal);
        var breakdown = WebUtility.HtmlDecode(await officePage.GetStringAsync($"/Programme/Assessment/Unit?Year=2023&Kind=Department&Unit={drc}"));
        // The innovation centres are computed now: a count of none is a score of 0, not 未报.
        Assert.DoesNotContain("0（未报按0分计）", breakdown, StringComparison.Ordinal);
        Assert.Contains("45.00 + 0 − 2×0 = 45.00", breakdown, StringComparison.Ordinal);

        // Unpublished: a weight is changed directly, not by request, and other units do not see the results.
        var request = await office.PostAsJsonAsync("/api/programme/assessment/weight-changes", new NewWeightChange(referralItem.Id, 20m, "试"));
        Assert.Equal(HttpStatusCode.BadRequest, request.StatusCode);
        Assert.Equal("方案尚未发布，可直接修改权重", await ErrorAsync(request));
        var district = await ApiAsync("as-dept-district", "370211", Roles.DistrictStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync(Results + "Department")).StatusCode);
        var department = await PageAsync("as-dept-miit", "dept-miit", Roles.DepartmentStaff);
        Assert.Contains("考核结果尚未发布", await department.GetStringAsync("/Programme/Assessment?Year=2023&Kind=Department"), StringComparison.Ordinal);
    }

    [System.Text.RegularExpressions.GeneratedRegex("data-testid=\"item\" ")]
    private static partial System.Text.RegularExpressions.Regex ItemRow();

    /// <summary>The example's items, reports and supervision items, written as the system.</summary>
    private async Task WorkedExampleAsync(int schemeId)
    {
        var ids = new Dictionary<string, int>();
        foreach (var code in new[] { "tech-renovation", "future-opinion", "innovation-centres", "services-action", "referral-policy" })
        {
            ids[code] = await IndicatorAsync(code);
        }
        var commerce = await UnitAsync("dept-commerce");
        var science = await UnitAsync("dept-science");
        await factory.WithDbAsync(async db =>
        {
            db.AssessmentItems.RemoveRange(db.AssessmentItems.Where(i => i.SchemeId == schemeId));
            db.AssessmentItems.AddRange(
                new AssessmentItem { SchemeId = schemeId, IndicatorId = ids["tech-renovation"], Weight = 20m },
                new AssessmentItem { SchemeId = schemeId, IndicatorId = ids["future-opinion"], Weight = 40m },
                new AssessmentItem { SchemeId = schemeId, IndicatorId = ids["innovation-centres"], Weight = 10m },
                new AssessmentItem { SchemeId = schemeId, IndicatorId = ids["services-action"], Weight = 30m },
                new AssessmentItem { SchemeId = schemeId, IndicatorId = ids["referral-policy"], Weight = 15m });
            var period = await db.ReportingPeriods.SingleAsync(p => p.Year == Year && p.Month == 9);
            var leads = await db.Indicators.Where(i => ids.Values.Contains(i.Id)).ToDictionaryAsync(i => i.Id, i => i.LeadUnitId!.Value);
            IndicatorSubmission Report(string code, decimal? value, bool? done) => new()
            {
                IndicatorId = ids[code], PeriodId = period.Id, OwnerUnitId = leads[ids[code]], Value = value, Done = done,
                State = SubmissionState.Accepted, SubmittedAt = db.Time.GetUtcNow(), SubmittedBy = "test",
            };
            db.IndicatorSubmissions.AddRange(Report("tech-renovation", 10m, null), Report("future-opinion", null, true),
                Report("services-action", null, false), Report("referral-policy", null, true));
            SupervisionItem Item(int unit, string title, string due, SupervisionState state, string? closed = null) => new()
            {
                Year = Year, Title = title, Source = "会议", IssuedBy = "test", OwnerUnitId = unit, IssuedOn = new DateOnly(2023, 3, 1),
                DueOn = DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture), State = state,
                ClosedOn = closed is null ? null : DateOnly.Parse(closed, System.Globalization.CultureInfo.InvariantCulture),
            };
            db.SupervisionItems.AddRange(
                Item(commerce, "逾期未办结", "2023-06-30", SupervisionState.Assigned),
                Item(commerce, "逾期办结", "2023-05-31", SupervisionState.Closed, "2023-06-05"),
                Item(commerce, "按期办结", "2023-06-30", SupervisionState.Closed, "2023-06-20"),
                Item(commerce, "未到期", "2023-08-31", SupervisionState.Acknowledged),
                Item(science, "逾期未报告", "2023-07-01", SupervisionState.Reported));
            await db.SaveChangesAsync();
        });
    }
}
