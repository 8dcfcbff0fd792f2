using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Compendium.PublicPages;

/// <summary>Publishing key projects through the one save path (API and page), its scope and rules, and what the public
/// pages then show: the stage always, total investment and this year's completion only when released.</summary>
public sealed class PublishedProjectsTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    private PublicArrange.Arranged _a = null!;

    public async Task InitializeAsync() => _a = await factory.WithDbAsync(PublicArrange.SeedAsync);

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<HttpClient> ApiUserAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    [Fact]
    public async Task The_public_list_shows_only_released_figures_and_a_missing_month_as_not_reported()
    {
        var html = await Browser.NewClient(factory).GetStringAsync("/p/projects");
        Assert.Contains("董家口绿色化工新材料项目", html, StringComparison.Ordinal);
        Assert.Contains("西海岸新能源汽车零部件产业园", html, StringComparison.Ordinal);
        var open = await Browser.NewClient(factory).GetStringAsync($"/p/projects/{Id(_a.Open)}");
        Assert.Contains("开工", open, StringComparison.Ordinal);
        Assert.Contains("12.35", open, StringComparison.Ordinal);
        // Counted months only (February and March); the April draft counts for nothing, and April shows as not reported.
        Assert.Contains("20.0%", open, StringComparison.Ordinal);
        Assert.Contains("111.11 / 555.56", open, StringComparison.Ordinal);
        Assert.Contains("4月：未报", open, StringComparison.Ordinal);
        var closed = await Browser.NewClient(factory).GetStringAsync($"/p/projects/{Id(_a.Closed)}");
        Assert.Contains("开工", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"total\"", closed, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"completion\"", closed, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.NewClient(factory).GetAsync("/p/projects/999999")).StatusCode);
    }

    [Fact]
    public async Task A_district_publishes_its_own_key_projects_through_the_rules_with_versions()
    {
        var district = await ApiUserAsync("pub-xihaian", "370211", Roles.DistrictStaff);
        var refusals = new (PublishedProjectInput Input, string Field)[]
        {
            (new() { ProjectId = _a.PlainProject, PublicName = "不是重点项目" }, "ProjectId"),
            (new() { ProjectId = _a.KeyProjectOfOther, PublicName = "别区的项目" }, "ProjectId"),
            (new() { ProjectId = 999_999, PublicName = "没有的项目" }, "ProjectId"),
            (new() { ProjectId = 0, PublicName = "未选择" }, "ProjectId"),
            (new() { ProjectId = _a.PlainProject, PublicName = "" }, "PublicName"),
            (new() { ProjectId = _a.PlainProject, PublicName = new string('名', 201) }, "PublicName"),
            (new() { ProjectId = _a.PlainProject, PublicName = "排序", SortOrder = -1 }, "SortOrder"),
        };
        foreach (var (input, field) in refusals)
        {
            var response = await district.PostAsJsonAsync("/api/published-projects", input);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(field, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        // Already published: refused with the field named.
        var twice = await district.PostAsJsonAsync("/api/published-projects", new PublishedProjectInput { ProjectId = await ProjectOfAsync(_a.Open), PublicName = "再次" });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);

        var rows = (await district.GetFromJsonAsync<List<PublishedRow>>("/api/published-projects"))!;
        var open = rows.Single(r => r.Id == _a.Open);
        var change = new PublishedProjectInput
        {
            ProjectId = open.ProjectId, PublicName = "西海岸新能源汽车零部件产业园（一期）", ShowsCompletion = true, ShowsTotalInvestment = true,
            Version = open.Version,
        };
        Assert.Equal(HttpStatusCode.OK, (await district.PutAsJsonAsync($"/api/published-projects/{Id(_a.Open)}", change)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await district.PutAsJsonAsync($"/api/published-projects/{Id(_a.Open)}", change)).StatusCode);
        var page = await Browser.NewClient(factory).GetStringAsync($"/p/projects/{Id(_a.Open)}");
        Assert.Contains("西海岸新能源汽车零部件产业园（一期）", page, StringComparison.Ordinal);

        // Another district sees the publication but cannot change or withdraw it.
        var jimo = await ApiUserAsync("pub-jimo", "370215", Roles.DistrictStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await jimo.DeleteAsync($"/api/published-projects/{Id(_a.Closed)}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await jimo.PutAsJsonAsync($"/api/published-projects/{Id(_a.Closed)}",
            new PublishedProjectInput { ProjectId = 1, PublicName = "越权" })).StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.PublishedProjects.AnyAsync(p => p.Id == _a.Closed)));
    }

    [Fact]
    public async Task The_programme_office_publishes_any_key_project_and_withdraws_it_from_the_public_pages()
    {
        var office = await ApiUserAsync("pub-office", "dept-drc", Roles.ProgrammeOffice);
        var created = await office.PostAsJsonAsync("/api/published-projects", new PublishedProjectInput
        {
            ProjectId = _a.KeyProjectOfOther, PublicName = "即墨区重点项目", ShowsTotalInvestment = true,
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var row = (await created.Content.ReadFromJsonAsync<PublishedRow>())!;
        Assert.Equal(_a.OtherUnit, row.OwnerUnitId);
        Assert.Contains("即墨区重点项目", await Browser.NewClient(factory).GetStringAsync("/p/projects"), StringComparison.Ordinal);
        Assert.Contains("9,876.54", await Browser.NewClient(factory).GetStringAsync($"/p/projects/{Id(row.Id)}"), StringComparison.Ordinal);
        var hide = new PublishedProjectInput { ProjectId = row.ProjectId, PublicName = row.PublicName, ShowsTotalInvestment = false, Version = row.Version };
        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"/api/published-projects/{Id(row.Id)}", hide)).StatusCode);
        var hidden = await Browser.NewClient(factory).GetStringAsync($"/p/projects/{Id(row.Id)}");
        Assert.DoesNotContain("9,876.54", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"total\"", hidden, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await office.DeleteAsync($"/api/published-projects/{Id(row.Id)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser.NewClient(factory).GetAsync($"/p/projects/{Id(row.Id)}")).StatusCode);
    }

    [Fact]
    public async Task The_office_page_publishes_through_the_same_save()
    {
        var client = await Browser.SignedInAsync(factory, "pub-page", await factory.CreateUserAsync("pub-page", "dept-drc", Roles.ProgrammeOffice));
        var page = await client.GetStringAsync("/Policies/Published");
        Assert.Contains("data-testid=\"address-fallback\"", page, StringComparison.Ordinal);
        var token = Browser.TokenIn(page, "/Policies/Published");
        var missing = await client.PostAsync("/Policies/Published?handler=Save", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Input.ProjectId"] = Id(_a.PlainProject), ["Input.PublicName"] = "普通项目",
        }));
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        Assert.Contains("只有列入重点项目的项目可以公开", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<int> ProjectOfAsync(int published) =>
        factory.WithDbAsync(db => db.PublishedProjects.Where(p => p.Id == published).Select(p => p.ProjectId).SingleAsync());
}
