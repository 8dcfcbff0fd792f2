using System.Globalization;
using System.Net.Http.Json;
using Ballast.Tests.Excel;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Tests.Projects;
using Ballast.Web.Features.Dashboard;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;

namespace Ballast.Tests.Programme;

/// <summary>Each headline figure has one definition: the dashboard, the plan and the bulletin (pages
/// and API) read the same value, completion, status and share of the projects' plans for the same
/// period — before and after an import adds key projects whose plans move the second denominator.</summary>
public sealed class FiguresAgreeTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private const string Period = "year=2023&month=9";

    /// <summary>The headline rules with the dashboard's key for each.</summary>
    private static readonly (string Rule, string Key)[] Headlines =
    [
        ("key-projects-count", "key-projects"), ("key-projects-total", "key-projects-total"), ("key-investment-ytd", "key-investment"),
        ("big-new-or-started", "big-projects"), ("chain-signed-5yi", "chain-signed"),
    ];

    private sealed record Figure(decimal? Value, decimal? Completion, string Status, PlanShare? Plans);

    [Fact]
    public async Task Dashboard_plan_and_bulletin_agree_before_and_after_an_import_adds_key_projects()
    {
        var password = await factory.CreateUserAsync("agree-office", "dept-drc", Roles.ProgrammeOffice);
        var api = await Browser.WithTokenAsync(factory, "agree-office", password);
        var pages = await Browser.SignedInAsync(factory, "agree-office", password);

        var before = await AgreeAsync(api, pages);
        Assert.Equal(1_700m, before.PlansWan / 10_000m);   // the demo's plans sum to the target, so both shares match
        Assert.Equal(0, before.PendingPlans);

        var sheet = Xlsx.Build(
            ["项目名称", "区市", "总投资（亿元）", "年度计划（亿元）"],
            ["（一致性）新能源汽车整车基地", "即墨区", "300", "150"],
            ["（一致性）集成电路封测项目", "城阳区", "120", "63"],
            ["（一致性）计划待下达项目", "胶州市", "60", "待下达"]);
        var result = await (await api.PostAsync("/api/projects/import", ImportHttp.Upload(sheet))).Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(result.GetProperty("committed").GetBoolean(), result.ToString());

        var after = await AgreeAsync(api, pages);
        Assert.Equal(before.Projects + 3, after.Projects);
        Assert.Equal(before.PlansWan + 2_130_000m, after.PlansWan);
        Assert.Equal(1, after.PendingPlans);
        Assert.NotEqual(before.Percent, after.Percent);
    }

    /// <summary>Reads every headline from each source and asserts they agree; returns investment's plan share.</summary>
    private static async Task<PlanShare> AgreeAsync(HttpClient api, HttpClient pages)
    {
        var dashboard = (await api.GetFromJsonAsync<DashboardData>($"/api/dashboard?{Period}"))!;
        var plan = (await api.GetFromJsonAsync<PlanView>($"/api/programme/plan?{Period}"))!;
        var bulletin = (await api.GetFromJsonAsync<BulletinData>($"/api/programme/bulletin?{Period}"))!;
        var planIndicators = plan.Battles.SelectMany(b => b.Tasks).SelectMany(t => t.Indicators).ToList();
        foreach (var (rule, key) in Headlines)
        {
            var d = dashboard.Headlines.Single(h => h.Key == key);
            var p = planIndicators.Single(i => i.ComputedRule == rule);
            var b = bulletin.Headlines.Single(h => h.Code == p.Code);
            var fromDashboard = new Figure(d.Value, d.Progress?.CompletionPercent, d.Progress?.Status.ToString() ?? "", d.Plans);
            Assert.Equal(fromDashboard, new Figure(p.Value, p.CompletionPercent, p.Status.ToString(), p.Plans));
            Assert.Equal(fromDashboard, new Figure(b.Value, b.Progress.CompletionPercent, b.Progress.Status.ToString(), b.Plans));
        }
        var share = dashboard.Headlines.Single(h => h.Key == "key-investment").Plans!;
        var ofTarget = planIndicators.Single(i => i.ComputedRule == "key-investment-ytd").CompletionPercent;
        // The pages name both denominators with the same numbers the APIs carry.
        var plansText = Invariant($"{share.PlansWan / 10_000m:#,##0.00} 亿元的 {share.Percent:0.00}%");
        var expected = new[] { Invariant($"{ofTarget:0.00}%"), plansText };
        foreach (var url in new[] { $"/Dashboard?{Period}", $"/Programme?{Period}", $"/Programme/Bulletin?{Period}" })
        {
            var html = await pages.GetStringAsync(url);
            var at = html.IndexOf("data-testid=\"plan-share\"", StringComparison.Ordinal);
            Assert.True(at > 0, $"{url} names both denominators");
            var block = html.Substring(at, Math.Min(900, html.Length - at));
            Assert.All(expected, text => Assert.Contains(text, block, StringComparison.Ordinal));
            Assert.Equal(share.PendingPlans > 0, block.Contains("个项目计划待下达", StringComparison.Ordinal));
        }
        var summary = await pages.GetStringAsync($"/Programme/Bulletin?{Period}");
        Assert.Contains(plansText.Replace(" ", "", StringComparison.Ordinal), summary, StringComparison.Ordinal);
        return share;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
