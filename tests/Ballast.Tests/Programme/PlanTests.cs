using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Programme;

public sealed class PlanTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task The_seeded_plan_has_every_indicator_of_the_programme_with_its_task_and_lead_unit()
    {
        var plan = await factory.WithDbAsync(db => db.Plans.Include(p => p.Battles).ThenInclude(b => b.Tasks)
            .Include(p => p.Battles).ThenInclude(b => b.Indicators).ThenInclude(i => i.LeadUnit).SingleAsync(p => p.Year == 2023));
        var counts = plan.Battles.OrderBy(b => b.SortOrder).Select(b => (b.Code, b.Indicators.Count)).ToList();
        Assert.Equal([("manufacturing", 6), ("services", 8), ("parks", 5), ("projects", 6), ("environment", 1)], counts);
        Assert.Equal(17, plan.Battles.Sum(b => b.Tasks.Count));
        var all = plan.Battles.SelectMany(b => b.Indicators).ToList();
        Assert.All(all, i => Assert.NotNull(i.TaskId));
        Assert.All(all, i => Assert.NotNull(i.LeadUnit));
        Assert.Equal("市商务局", all.Single(i => i.Code == "chain-signed").LeadUnit!.Name);
        Assert.Equal("chain-signed-5yi", all.Single(i => i.Code == "chain-signed").ComputedRule);
        Assert.Equal("key-investment-ytd", all.Single(i => i.Code == "key-investment").ComputedRule);
        Assert.Null(all.Single(i => i.Code == "tech-renovation").ComputedRule);
    }

    [Fact]
    public async Task The_plan_page_shows_values_statuses_and_formulas_and_only_the_office_edits()
    {
        var office = await Browser.SignedInAsync(factory, "plan-office", await factory.CreateUserAsync("plan-office", "dept-drc", Roles.ProgrammeOffice));
        var html = await office.GetStringAsync("/Programme?Year=2023");
        Assert.Contains("青岛市实体经济振兴发展2023年工作要点", html, StringComparison.Ordinal);
        // The park indicators are computed from the parks and lead to them.
        Assert.DoesNotContain("园区模块尚未建设", html, StringComparison.Ordinal);
        Assert.Contains("/Parks?", html, StringComparison.Ordinal);
        Assert.Contains("÷", html, StringComparison.Ordinal);
        Assert.Contains("/Programme/Plan/IndicatorEdit/", html, StringComparison.Ordinal);

        var district = await Browser.SignedInAsync(factory, "plan-district", await factory.CreateUserAsync("plan-district", "370211", Roles.DistrictStaff));
        var seen = await district.GetStringAsync("/Programme?Year=2023");
        Assert.DoesNotContain("/Programme/Plan/IndicatorEdit/", seen, StringComparison.Ordinal);
        var id = await factory.WithDbAsync(db => db.Indicators.Where(i => i.Code == "tech-renovation").Select(i => i.Id).FirstAsync());
        var edit = await district.GetAsync($"/Programme/Plan/IndicatorEdit/{id}");
        Assert.NotEqual(HttpStatusCode.OK, edit.StatusCode);
    }

    [Fact]
    public async Task The_office_changes_a_target_and_the_trail_records_it()
    {
        var office = await Browser.SignedInAsync(factory, "plan-editor", await factory.CreateUserAsync("plan-editor", "dept-drc", Roles.ProgrammeOffice));
        var row = await factory.WithDbAsync(db => db.Indicators.Where(i => i.Code == "tech-renovation").Select(i => new { i.Id, i.TaskId, i.LeadUnitId }).FirstAsync());
        var (id, task, lead) = (row.Id, row.TaskId, row.LeadUnitId);
        var response = await Browser.PostFormAsync(office, $"/Programme/Plan/IndicatorEdit/{id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "滚动推进重点技改项目", ["Input.Kind"] = "Count", ["Input.Comparator"] = "AtLeast", ["Input.Unit"] = "个",
            ["Input.Target"] = "520", ["Input.Weight"] = "2", ["Input.TaskId"] = $"{task}", ["Input.LeadUnitId"] = $"{lead}",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var indicator = await factory.WithDbAsync(db => db.Indicators.SingleAsync(i => i.Id == id));
        Assert.Equal((520m, 2m), (indicator.Target!.Value, indicator.Weight));
        var key = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var entry = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Indicator) && e.EntityKey == key).OrderBy(e => e.Id).LastAsync());
        Assert.Contains("\"Target\":500", entry.Before, StringComparison.Ordinal);
        Assert.Contains("\"Target\":520", entry.After, StringComparison.Ordinal);

        var bad = await Browser.PostFormAsync(office, $"/Programme/Plan/IndicatorEdit/{id}", new Dictionary<string, string>
        {
            ["Input.Name"] = "滚动推进重点技改项目", ["Input.Kind"] = "Count", ["Input.Comparator"] = "AtLeast", ["Input.Weight"] = "1",
            ["Input.TaskId"] = $"{task}", ["Input.LeadUnitId"] = $"{lead}",
        });
        Assert.Contains("数量、金额和比率指标须填写目标值", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plan_is_copied_forward_once_with_its_tasks_indicators_and_thresholds()
    {
        await using var own = new BallastFactory();
        var copy = await own.WithDbAsync(db => PlanCopy.CopyForwardAsync(db, 2023));
        Assert.NotNull(copy);
        Assert.Null(await own.WithDbAsync(db => PlanCopy.CopyForwardAsync(db, 2023)));
        var next = await own.WithDbAsync(db => db.Plans.Include(p => p.Battles).ThenInclude(b => b.Indicators).Include(p => p.Battles).ThenInclude(b => b.Tasks).SingleAsync(p => p.Year == 2024));
        Assert.Contains("2024", next.Title, StringComparison.Ordinal);
        Assert.Equal(26, next.Battles.Sum(b => b.Indicators.Count));
        Assert.Equal(17, next.Battles.Sum(b => b.Tasks.Count));
        Assert.Equal(new DateOnly(2024, 6, 30), next.Battles.SelectMany(b => b.Indicators).Single(i => i.Code == "parks-listed").Deadline);
        Assert.All(next.Battles.SelectMany(b => b.Indicators), i => Assert.NotNull(i.TaskId));
        Assert.True(await own.WithDbAsync(db => db.StatusThresholds.AnyAsync(t => t.Year == 2024)));
    }

    [Fact]
    public async Task The_office_sets_the_years_thresholds_and_a_bad_pair_is_refused()
    {
        await using var own = new BallastFactory();
        var office = await Browser.SignedInAsync(own, "plan-thresholds", await own.CreateUserAsync("plan-thresholds", "dept-drc", Roles.ProgrammeOffice));
        var bad = await Browser.PostFormAsync(office, "/Programme?handler=Thresholds&year=2023", new Dictionary<string, string> { ["GreenFrom"] = "-10", ["RedBelow"] = "0" });
        Assert.Contains("严重滞后的界限须低于正常的界限", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var ok = await Browser.PostFormAsync(office, "/Programme?handler=Thresholds&year=2023", new Dictionary<string, string> { ["GreenFrom"] = "-10", ["RedBelow"] = "-20" });
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var t = await own.WithDbAsync(db => db.StatusThresholds.SingleAsync(x => x.Year == 2023));
        Assert.Equal((-10m, -20m), (t.GreenFrom, t.RedBelow));
    }
}
