using System.Text.RegularExpressions;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>A district reports September, the office returns one report and accepts the other, the
/// district corrects and resubmits, the office accepts: accepted rows are locked.</summary>
[Collection(DemoBrowserGroup.Name)]
public sealed partial class DispatchJourneyTests(DemoBrowserFixture fx)
{
    private const string Pingdu = DemoPortfolio.LateDistrict; // 平度市: nothing in for September yet

    private sealed record Key(int KeyProjectId, int ProjectId, string Name);

    private static ILocator RowOf(IPage page, string table, string projectName) =>
        page.GetByTestId(table).Locator("tbody tr").Filter(new() { Has = page.GetByRole(AriaRole.Link, new() { Name = projectName, Exact = true }) });

    private Task<Dictionary<int, MonthlyReport>> ReportsAsync(int periodId, params Key[] keys) =>
        fx.App.WithDbAsync(db =>
        {
            var ids = keys.Select(k => k.KeyProjectId).ToList();
            return db.MonthlyReports.AsNoTracking().Where(r => r.PeriodId == periodId && ids.Contains(r.KeyProjectId)).ToDictionaryAsync(r => r.KeyProjectId);
        });

    [Fact]
    public async Task A_district_reports_September_the_office_returns_one_and_accepts_the_rest_and_accepted_rows_lock()
    {
        var (periodId, keys, others) = await fx.App.WithDbAsync(async db =>
        {
            var period = await db.ReportingPeriods.SingleAsync(p => p.Year == 2023 && p.Month == 9);
            var unit = await db.Units.SingleAsync(u => u.Code == Pingdu);
            var all = await db.KeyProjects.Where(k => k.Year == 2023 && k.Class == KeyProjectClass.Construction && k.OwnerUnitId == unit.Id)
                .OrderBy(k => k.Project!.Name).Select(k => new Key(k.Id, k.ProjectId, k.Project!.Name)).ToListAsync();
            return (period.Id, all.Take(2).ToArray(), all.Skip(2).ToArray());
        });
        Assert.Empty(await ReportsAsync(periodId, [.. keys, .. others]));
        var (first, second) = (keys[0], keys[1]);

        // The district opens the month.
        var districtPassword = await fx.App.CreateUserAsync("dispatch-pingdu", Pingdu, Roles.DistrictStaff);
        var district = await fx.SignedInAsync("dispatch-pingdu", districtPassword);
        await district.GotoAsync("/Projects/Dispatch");
        var september = district.GetByTestId("periods").Locator("tbody tr").Filter(new() { HasText = "2023-10-10" });
        await Assertions.Expect(september).ToContainTextAsync("9月");
        await Assertions.Expect(september).ToContainTextAsync("开放填报");
        await BrowserFixture.ShotAsync(district, "dispatch-01-district-periods");

        await september.GetByRole(AriaRole.Link, new() { Name = "填报" }).ClickAsync();
        await Assertions.Expect(district.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("月度填报 · 2023 年 9月");
        await Assertions.Expect(district.GetByTestId("report-table").Locator("tbody tr")).ToHaveCountAsync(keys.Length + others.Length);
        foreach (var k in keys)
        {
            await Assertions.Expect(RowOf(district, "report-table", k.Name)).ToContainTextAsync("未报");
        }

        // This month's figures for two projects and one progress text; a draft first.
        await district.GetByLabel($"本月完成 {first.Name}").FillAsync("1234.5");
        await district.GetByLabel($"本月完成 {second.Name}").FillAsync("860");
        await RowOf(district, "report-table", first.Name).GetByLabel("形象进度").FillAsync("主体结构封顶，设备进场安装");
        await BrowserFixture.ShotAsync(district, "dispatch-02-district-filled");
        await district.GetByTestId("save-draft").ClickAsync();
        await Assertions.Expect(district.GetByTestId("message")).ToHaveTextAsync("已保存草稿");
        await Assertions.Expect(district.GetByLabel($"本月完成 {first.Name}")).ToHaveValueAsync(new Regex(@"^1234\.50*$"));
        await Assertions.Expect(RowOf(district, "report-table", first.Name)).ToContainTextAsync("草稿");
        await BrowserFixture.ShotAsync(district, "dispatch-03-district-draft");
        await Assertions.Expect(district.GetByLabel($"本月完成 {others[0].Name}")).ToHaveValueAsync("");
        var drafts = await ReportsAsync(periodId, [.. keys, .. others]);
        Assert.Equal([first.KeyProjectId, second.KeyProjectId], drafts.Keys.Order());
        Assert.Equal(ReportState.Draft, drafts[first.KeyProjectId].State);
        Assert.Equal(1234.5m, drafts[first.KeyProjectId].Completed);
        Assert.Equal("主体结构封顶，设备进场安装", drafts[first.KeyProjectId].PhysicalProgress);
        Assert.Equal(860m, drafts[second.KeyProjectId].Completed);

        await district.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(district.GetByTestId("message")).ToHaveTextAsync("已报送 2 个项目");
        foreach (var k in keys)
        {
            await Assertions.Expect(RowOf(district, "report-table", k.Name)).ToContainTextAsync("已报送");
            await Assertions.Expect(district.GetByLabel($"本月完成 {k.Name}")).ToHaveCountAsync(0);
        }
        // Rows left blank stay not reported: never turned into zeros.
        await Assertions.Expect(RowOf(district, "report-table", others[0].Name)).ToContainTextAsync("未报");
        await Assertions.Expect(district.GetByLabel($"本月完成 {others[0].Name}")).ToHaveValueAsync("");
        await BrowserFixture.ShotAsync(district, "dispatch-04-district-submitted");
        var submitted = await ReportsAsync(periodId, [.. keys, .. others]);
        Assert.Equal([first.KeyProjectId, second.KeyProjectId], submitted.Keys.Order());
        Assert.All(submitted.Values, r => Assert.Equal(ReportState.Submitted, r.State));
        Assert.All(submitted.Values, r => Assert.Equal("dispatch-pingdu", r.SubmittedBy));
        Assert.All(submitted.Values, r => Assert.False(r.SubmittedLate));

        // The office reviews September for 平度市: returns one with a reason, accepts the other.
        var officePassword = await fx.App.CreateUserAsync("dispatch-office", "dept-drc", Roles.ProgrammeOffice);
        var office = await fx.SignedInAsync("dispatch-office", officePassword);
        await office.GotoAsync("/Projects/Dispatch");
        await office.GetByTestId("periods").Locator("tbody tr").Filter(new() { HasText = "2023-10-10" })
            .GetByRole(AriaRole.Link, new() { Name = "审核" }).ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("月报审核 · 2023 年 9月");
        await office.GetByLabel("区市").SelectOptionAsync(new SelectOptionValue { Label = "平度市" });
        await office.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        await Assertions.Expect(office).ToHaveURLAsync(UnitFilter());
        var reviewRows = office.GetByTestId("review-table").Locator("tbody tr");
        await Assertions.Expect(reviewRows).ToHaveCountAsync(keys.Length + others.Length);
        await Assertions.Expect(reviewRows.Filter(new() { HasText = "已报送" })).ToHaveCountAsync(2);
        await Assertions.Expect(RowOf(office, "review-table", first.Name)).ToContainTextAsync("1,234.5");
        await Assertions.Expect(RowOf(office, "review-table", first.Name)).ToContainTextAsync("主体结构封顶，设备进场安装");
        await Assertions.Expect(RowOf(office, "review-table", others[0].Name)).ToContainTextAsync("未报");
        await BrowserFixture.ShotAsync(office, "dispatch-05-office-review");

        const string reason = "本月完成投资与形象进度不符，请核实后重报";
        await RowOf(office, "review-table", first.Name).GetByLabel("退回原因").FillAsync(reason);
        await office.GetByTestId($"return-{first.ProjectId}").ClickAsync();
        await Assertions.Expect(RowOf(office, "review-table", first.Name)).ToContainTextAsync("已退回");
        await Assertions.Expect(RowOf(office, "review-table", first.Name)).ToContainTextAsync(reason);
        await office.GetByTestId($"accept-{second.ProjectId}").ClickAsync();
        await Assertions.Expect(RowOf(office, "review-table", second.Name)).ToContainTextAsync("已通过（锁定）");
        await Assertions.Expect(office).ToHaveURLAsync(UnitFilter());
        await BrowserFixture.ShotAsync(office, "dispatch-06-office-returned-and-accepted");
        var reviewed = await ReportsAsync(periodId, keys);
        Assert.Equal(ReportState.Returned, reviewed[first.KeyProjectId].State);
        Assert.Equal(reason, reviewed[first.KeyProjectId].ReturnReason);
        Assert.Equal(ReportState.Accepted, reviewed[second.KeyProjectId].State);

        // The district sees why, corrects and resubmits; the accepted row is locked.
        await district.ReloadAsync();
        await Assertions.Expect(RowOf(district, "report-table", first.Name)).ToContainTextAsync($"退回原因：{reason}");
        await Assertions.Expect(RowOf(district, "report-table", first.Name)).ToContainTextAsync("已退回");
        await Assertions.Expect(RowOf(district, "report-table", second.Name)).ToContainTextAsync("已通过（锁定）");
        await Assertions.Expect(district.GetByLabel($"本月完成 {second.Name}")).ToHaveCountAsync(0);
        await BrowserFixture.ShotAsync(district, "dispatch-07-district-sees-return");
        await district.GetByLabel($"本月完成 {first.Name}").FillAsync("1034.5");
        await RowOf(district, "report-table", first.Name).GetByLabel("形象进度").FillAsync("主体结构封顶，设备进场安装（已核实）");
        await district.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(district.GetByTestId("message")).ToHaveTextAsync("已报送 1 个项目");
        await Assertions.Expect(RowOf(district, "report-table", first.Name)).ToContainTextAsync("已报送");
        await Assertions.Expect(RowOf(district, "report-table", first.Name)).Not.ToContainTextAsync("退回原因");
        await BrowserFixture.ShotAsync(district, "dispatch-08-district-resubmitted");
        var resubmitted = (await ReportsAsync(periodId, first))[first.KeyProjectId];
        Assert.Equal(ReportState.Submitted, resubmitted.State);
        Assert.Equal(1034.5m, resubmitted.Completed);
        Assert.Null(resubmitted.ReturnReason);

        // The office accepts the correction.
        await office.ReloadAsync();
        await Assertions.Expect(RowOf(office, "review-table", first.Name)).ToContainTextAsync("1,034.5");
        await office.GetByTestId($"accept-{first.ProjectId}").ClickAsync();
        await Assertions.Expect(RowOf(office, "review-table", first.Name)).ToContainTextAsync("已通过（锁定）");
        await BrowserFixture.ShotAsync(office, "dispatch-09-office-accepted");

        // Both accepted rows are locked for the district; the rest of the month is still open to it.
        await district.ReloadAsync();
        foreach (var k in keys)
        {
            await Assertions.Expect(RowOf(district, "report-table", k.Name)).ToContainTextAsync("已通过（锁定）");
            await Assertions.Expect(district.GetByLabel($"本月完成 {k.Name}")).ToHaveCountAsync(0);
            await Assertions.Expect(RowOf(district, "report-table", k.Name).Locator("input")).ToHaveCountAsync(0);
        }
        await Assertions.Expect(RowOf(district, "report-table", first.Name)).ToContainTextAsync("1,034.5");
        await Assertions.Expect(district.GetByLabel($"本月完成 {others[0].Name}")).ToBeEditableAsync();
        await BrowserFixture.ShotAsync(district, "dispatch-10-district-locked");
        var accepted = await ReportsAsync(periodId, [.. keys, .. others]);
        Assert.Equal(2, accepted.Count);
        Assert.All(accepted.Values, r => Assert.Equal(ReportState.Accepted, r.State));
    }

    [GeneratedRegex(@"/Projects/Dispatch/Review/\d+\?.*Unit=\d+")]
    private static partial Regex UnitFilter();
}
