using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Dashboard;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;

namespace Ballast.Tests.Generate;

/// <summary>The generated year reads like any other on the dashboard, the key-project list and the project pages.</summary>
public sealed partial class GeneratedPortfolioTests
{
    [Fact]
    public async Task The_dashboard_for_the_generated_year_shows_figures_from_the_records()
    {
        var client = await Browser.WithTokenAsync(factory, "gen-office", await factory.CreateUserAsync("gen-office", "dept-drc", Roles.ProgrammeOffice));
        var response = await client.GetAsync("/api/dashboard?year=2023");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await response.Content.ReadFromJsonAsync<DashboardData>())!;
        Assert.Equal(12, data.Month);
        Assert.Equal(Tiny.ConstructionPerYear, data.City!.Projects);
        Assert.True(data.City.PlanWan > 0 && data.City.YtdWan > 0, $"plan {data.City.PlanWan}, year to date {data.City.YtdWan}");
        Assert.InRange(data.City.Reported, 1, data.City.Projects);
        Assert.NotEmpty(data.Districts);
        Assert.Contains(data.Districts, d => d.YtdWan > 0);
        Assert.Contains(data.Headlines, h => h.Key == "key-investment" && h.Value > 0);

        var november = (await client.GetFromJsonAsync<DashboardData>("/api/dashboard?year=2023&month=11"))!;
        Assert.Equal(november.City!.Projects, november.City.Reported);
    }

    [Fact]
    public async Task The_project_and_key_project_lists_and_pages_answer()
    {
        var password = await factory.CreateUserAsync("gen-reader", "dept-drc", Roles.ProgrammeOffice);
        var api = await Browser.WithTokenAsync(factory, "gen-reader", password);
        var projects = (await api.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>("/api/projects?p=1"))!;
        Assert.Equal(ProjectQuery.PageSize, projects.Count);
        var keys = await api.GetAsync("/api/key-projects?year=2023&month=11");
        Assert.Equal(HttpStatusCode.OK, keys.StatusCode);

        var browser = await Browser.SignedInAsync(factory, "gen-reader", password);
        string[] pages = ["/Projects", "/Projects?p=3", "/Dashboard?year=2023", $"/Projects/Details/{projects[0].Id}", "/Projects/Problems", "/Lists"];
        foreach (var page in pages)
        {
            var answer = await browser.GetAsync(page);
            Assert.True(answer.StatusCode == HttpStatusCode.OK, $"{page}: {answer.StatusCode}");
        }
    }
}
