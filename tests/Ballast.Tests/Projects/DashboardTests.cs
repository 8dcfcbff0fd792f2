using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Dashboard;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;
using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Projects;

/// <summary>Ballast with the 2023 demo portfolio seeded once for the class.</summary>
public sealed class DemoFactory : BallastFactory, IAsyncLifetime
{
    public Task InitializeAsync() => WithDbAsync(db => new DemoPortfolio(db).SeedAsync());

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>The leaders' dashboard computed from records: the seed's headline figures reproduced,
/// the late district shown as not reported, every status link landing on exactly the projects the
/// figures count, and a district seeing only its own.</summary>
public sealed partial class DashboardTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private const int Year = 2023;
    private const int Month = 9;

    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    /// <summary>The key projects of a group with each status, as <see cref="KeyProjectFigures"/> says.</summary>
    private Task<Dictionary<Status, List<int>>> FiguresAsync(Func<IQueryable<KeyProject>, IQueryable<KeyProject>> group) =>
        factory.WithDbAsync(async db =>
        {
            var figures = new KeyProjectFigures(db);
            var rows = await figures.ProjectsAsync(Year, Month, group(figures.Construction(Year)), take: 10_000);
            return Enum.GetValues<Status>().ToDictionary(s => s, s => rows.Where(r => r.Progress.Status == s).Select(r => r.ProjectId).Order().ToList());
        });

    /// <summary>Every project the list API returns for a query, all pages.</summary>
    private static async Task<List<int>> ListAllAsync(HttpClient client, string query)
    {
        var ids = new List<int>();
        for (var page = 1; ; page++)
        {
            var rows = (await client.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>($"/api/projects?{query}&p={page}"))!;
            ids.AddRange(rows.Select(r => r.Id));
            if (rows.Count < ProjectQuery.PageSize)
            {
                return [.. ids.Order()];
            }
        }
    }

    private static int ResultCount(string html)
    {
        var m = ResultCountPattern().Match(html);
        Assert.True(m.Success, "the project list shows its result count");
        return int.Parse(m.Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task The_office_dashboard_reproduces_the_programme_headline_figures()
    {
        var office = await ApiAsync("dash-office", "dept-drc", Roles.ProgrammeOffice);

        var d = (await office.GetFromJsonAsync<DashboardData>($"/api/dashboard?year={Year}"))!;

        Assert.Equal(Year, d.Year);
        Assert.Equal(Month, d.Month);
        Assert.Equal([2, 3, 4, 5, 6, 7, 8, 9], d.Months.ToArray());
        var key = d.Headlines.Single(h => h.Key == "key-projects");
        Assert.Equal(363m, key.Value);
        Assert.Equal(363m, key.Target);
        var total = d.Headlines.Single(h => h.Key == "key-projects-total");
        Assert.Equal(9_300.00m, total.Value);
        Assert.Equal("亿元", total.Unit);
        Assert.Equal(363, d.City!.Projects);
        Assert.Equal(17_000_000m, d.City.PlanWan);
        var investment = d.Headlines.Single(h => h.Key == "key-investment");
        Assert.Equal(1_700m, investment.Target);
        Assert.Equal(Math.Round(d.City.YtdWan / 10_000m, 2), investment.Value);
        Assert.Equal(75.00m, d.City.Progress.TimeProgressPercent);
        Assert.NotEqual(Status.NotReported, d.City.Progress.Status);
        Assert.Equal(d.City.Projects, d.Districts.Sum(x => x.Projects));
        Assert.Equal(d.City.PlanWan, d.Districts.Sum(x => x.PlanWan));

        // The page shows the same figures.
        var page = await Browser.SignedInAsync(factory, "dash-office-page", await factory.CreateUserAsync("dash-office-page", "dept-drc", Roles.ProgrammeOffice));
        var html = await page.GetStringAsync($"/Dashboard?Year={Year}");
        Assert.Matches("data-testid=\"headline-key-projects-total\"[\\s\\S]*?9,300\\.00", html);
        Assert.Matches("data-testid=\"headline-key-projects\"[\\s\\S]*?363", html);
    }

    [Fact]
    public async Task The_district_without_September_reports_is_not_reported()
    {
        var office = await ApiAsync("dash-late", "dept-drc", Roles.ProgrammeOffice);
        var pingdu = await UnitAsync(factory, DemoPortfolio.LateDistrict);

        var d = (await office.GetFromJsonAsync<DashboardData>($"/api/dashboard?year={Year}"))!;

        var row = d.Districts.Single(x => x.Key == pingdu);
        Assert.Equal("平度市", row.Name);
        Assert.True(row.Projects > 0);
        Assert.Equal(Status.NotReported, row.Progress.Status);
        Assert.Null(row.Progress.CompletionPercent);
        Assert.Equal(0, row.Reported);
        Assert.Equal(row.Projects, row.Unreported);
        // The city is not coloured as if Pingdu had reported nothing, nor as if it were on track.
        Assert.True(d.City!.Reported < d.City.Projects);
        Assert.Equal(d.City.Projects - d.City.Reported, d.Districts.Sum(x => x.Unreported));
        Assert.DoesNotContain(d.Lagging, p => p.OwnerUnitId == pingdu);
    }

    [Fact]
    public async Task Every_district_status_link_lands_on_exactly_the_projects_the_figures_count()
    {
        var office = await ApiAsync("dash-links", "dept-drc", Roles.ProgrammeOffice);
        var page = await Browser.SignedInAsync(factory, "dash-links-page", await factory.CreateUserAsync("dash-links-page", "dept-drc", Roles.ProgrammeOffice));
        var d = (await office.GetFromJsonAsync<DashboardData>($"/api/dashboard?year={Year}"))!;
        Assert.Contains(d.Districts, x => x.Progress.Status == Status.Red || x.Progress.Status == Status.Yellow);

        var red = 0;
        foreach (var district in d.Districts)
        {
            var expected = await FiguresAsync(q => q.Where(k => k.OwnerUnitId == district.Key));
            Assert.Equal(district.Projects, expected.Values.Sum(v => v.Count));
            Assert.Equal(district.Unreported, expected[Status.NotReported].Count);
            red += expected[Status.Red].Count;
            foreach (var status in Enum.GetValues<Status>())
            {
                var listed = await ListAllAsync(office, $"Year={Year}&List=key&Month={Month}&District={district.Key}&Status={status}");
                Assert.True(expected[status].SequenceEqual(listed),
                    $"{district.Name} {status}: figures {expected[status].Count} [{string.Join(',', expected[status])}], list {listed.Count} [{string.Join(',', listed)}]");
            }
        }
        Assert.True(red > 0, "the demo has red projects, so the comparison is not vacuous");

        // The links the dashboard page really renders, followed as a browser would.
        var html = await page.GetStringAsync($"/Dashboard?Year={Year}");
        var links = DistrictStatusLinkPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[0].Value)).Distinct().ToList();
        Assert.True(links.Count >= d.Districts.Count, $"a status link per district row ({links.Count} found)");
        foreach (var link in links)
        {
            var m = DistrictStatusLinkPattern().Match(link);
            var district = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var status = Enum.Parse<Status>(m.Groups[2].Value);
            var expected = await FiguresAsync(q => q.Where(k => k.OwnerUnitId == district));
            Assert.True(expected[status].Count == ResultCount(await page.GetStringAsync(link)), $"{link}: figures say {expected[status].Count}");
        }
    }

    [Fact]
    public async Task Every_chain_status_link_lands_on_exactly_the_projects_the_figures_count()
    {
        var office = await ApiAsync("dash-chain-links", "dept-drc", Roles.ProgrammeOffice);
        var page = await Browser.SignedInAsync(factory, "dash-chain-page", await factory.CreateUserAsync("dash-chain-page", "dept-drc", Roles.ProgrammeOffice));
        var d = (await office.GetFromJsonAsync<DashboardData>($"/api/dashboard?year={Year}"))!;
        Assert.Contains(d.Chains, c => c.Key is null);   // the demo has key projects outside the chains

        // The links the dashboard page really renders in its chain tab, followed as a browser would.
        var html = await page.GetStringAsync($"/Dashboard?Year={Year}");
        var links = ChainStatusLinkPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Value)).Distinct().ToList();
        Assert.True(links.Count >= d.Chains.Count, $"a status link per chain row ({links.Count} found)");
        var wrong = new List<string>();
        foreach (var link in links)
        {
            var m = ChainStatusLinkPattern().Match(link);
            // The 未指定 group (no chain) is Chain=0 in the list's filters.
            int? chain = m.Groups[1].Value is "" or "0" ? null : int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var status = Enum.Parse<Status>(m.Groups[2].Value);
            var expected = (await FiguresAsync(q => q.Where(k => k.Project!.ChainId == chain)))[status].Count;
            var shown = ResultCount(await page.GetStringAsync(link));
            if (expected != shown)
            {
                wrong.Add($"{link}: figures say {expected}, the list shows {shown}");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public async Task A_district_users_dashboard_covers_only_its_own_district()
    {
        var district = await ApiAsync("dash-district", "370211", Roles.DistrictStaff);
        var unit = await UnitAsync(factory, "370211");
        var (count, plan, total) = await factory.WithDbAsync(async db =>
        {
            var own = db.KeyProjects.Where(k => k.Year == Year && k.Class == KeyProjectClass.Construction && k.OwnerUnitId == unit);
            return (await own.CountAsync(), await own.SumAsync(k => k.PlannedInvestment ?? 0m), await own.SumAsync(k => k.Project!.TotalInvestment));
        });
        Assert.True(count > 0 && count < DemoPortfolio.ConstructionCount);

        var d = (await district.GetFromJsonAsync<DashboardData>($"/api/dashboard?year={Year}"))!;

        Assert.Equal(count, d.City!.Projects);
        Assert.Equal(plan, d.City.PlanWan);
        Assert.Equal(count, d.Headlines.Single(h => h.Key == "key-projects").Value);
        Assert.Equal(total / 10_000m, d.Headlines.Single(h => h.Key == "key-projects-total").Value);
        var only = Assert.Single(d.Districts);
        Assert.Equal(unit, only.Key);
        Assert.Equal(plan, only.PlanWan);
        Assert.Equal(plan, d.Chains.Sum(c => c.PlanWan));
        Assert.All(d.Lagging, p => Assert.Equal(unit, p.OwnerUnitId));
        Assert.Equal(Math.Round(plan * 9 / 12m, 2), d.Curve.Single(c => c.Month == 9).PlanToDateWan);
    }

    [GeneratedRegex("共 ([\\d,]+) 个项目")]
    private static partial Regex ResultCountPattern();

    [GeneratedRegex("/Projects\\?Year=2023&(?:amp;)?List=key&(?:amp;)?Month=9&(?:amp;)?District=(\\d+)&(?:amp;)?Status=(Green|Yellow|Red|NotReported)")]
    private static partial Regex DistrictStatusLinkPattern();

    [GeneratedRegex("/Projects\\?Year=2023&(?:amp;)?List=key&(?:amp;)?Month=9&(?:amp;)?Chain=(\\d*)&(?:amp;)?Status=(Green|Yellow|Red|NotReported)")]
    private static partial Regex ChainStatusLinkPattern();
}
