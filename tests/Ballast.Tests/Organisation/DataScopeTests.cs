using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Organisation;

/// <summary>A district sees and changes only its own records, through pages and the API alike.</summary>
public sealed class DataScopeTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    private int _xihaianProject;
    private int _jimoProject;
    private int _xihaianUnit;
    private int _jimoUnit;

    public async Task InitializeAsync()
    {
        await factory.WithDbAsync(async db =>
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
            _xihaianUnit = units["370211"];
            _jimoUnit = units["370215"];
            var now = db.Time.GetUtcNow();
            var a = new Project { Name = "西海岸 范围测试项目", OwnerUnitId = _xihaianUnit, TotalInvestment = 50000m, CreatedAt = now, UpdatedAt = now };
            var b = new Project { Name = "即墨 范围测试项目", OwnerUnitId = _jimoUnit, TotalInvestment = 80000m, CreatedAt = now, UpdatedAt = now };
            db.Projects.AddRange(a, b);
            await db.SaveChangesAsync();
            _xihaianProject = a.Id;
            _jimoProject = b.Id;
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task District_user_sees_own_project_page_but_not_another_districts()
    {
        var password = await factory.CreateUserAsync("scope-page", "370211", Roles.DistrictStaff);
        var client = await Browser.SignedInAsync(factory, "scope-page", password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Projects/Details/{_xihaianProject}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Projects/Details/{_jimoProject}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Projects/Edit/{_jimoProject}")).StatusCode);

        var list = await client.GetStringAsync("/Projects");
        Assert.Contains("西海岸 范围测试项目", list, StringComparison.Ordinal);
        Assert.DoesNotContain("即墨 范围测试项目", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_user_cannot_change_another_districts_project_through_a_page()
    {
        var password = await factory.CreateUserAsync("scope-post", "370211", Roles.DistrictStaff);
        var client = await Browser.SignedInAsync(factory, "scope-post", password);
        var token = await Browser.AntiforgeryTokenAsync(client, "/Projects/Edit");
        var response = await client.PostAsync($"/Projects/Edit/{_jimoProject}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Name"] = "改名",
            ["Input.TotalInvestment"] = "1",
            ["Input.Stage"] = "Lead",
            ["Input.OwnerUnitId"] = _xihaianUnit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var name = await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == _jimoProject).Select(p => p.Name).SingleAsync());
        Assert.Equal("即墨 范围测试项目", name);
    }

    [Fact]
    public async Task District_user_is_refused_another_districts_project_through_the_api()
    {
        var password = await factory.CreateUserAsync("scope-api", "370211", Roles.DistrictStaff);
        var client = await Browser.WithTokenAsync(factory, "scope-api", password);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/projects/{_xihaianProject}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/projects/{_jimoProject}")).StatusCode);

        var all = await client.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>("/api/projects");
        Assert.All(all!, p => Assert.Equal(_xihaianUnit, p.OwnerUnitId));

        var put = await client.PutAsJsonAsync($"/api/projects/{_jimoProject}", new ProjectInput { Name = "改名", OwnerUnitId = _xihaianUnit });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);

        // Creating in, or moving a record to, another district is forbidden too.
        var create = await client.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "越权新建", OwnerUnitId = _jimoUnit });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        var move = await client.PutAsJsonAsync($"/api/projects/{_xihaianProject}", new ProjectInput { Name = "移走", OwnerUnitId = _jimoUnit });
        Assert.Equal(HttpStatusCode.Forbidden, move.StatusCode);
    }

    [Fact]
    public async Task Programme_office_sees_every_district()
    {
        var password = await factory.CreateUserAsync("scope-office", "dept-drc", Roles.ProgrammeOffice);
        var client = await Browser.WithTokenAsync(factory, "scope-office", password);
        var all = await client.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>("/api/projects");
        Assert.Contains(all!, p => p.Id == _jimoProject);
        Assert.Contains(all!, p => p.Id == _xihaianProject);
    }

    [Fact]
    public async Task Sub_district_records_are_inside_their_district_scope()
    {
        var jiaoxi = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "370281-jiaoxi").Select(u => u.Id).SingleAsync());
        var password = await factory.CreateUserAsync("scope-jiaozhou", "370281", Roles.DistrictStaff);
        var client = await Browser.WithTokenAsync(factory, "scope-jiaozhou", password);
        var created = await client.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "胶西街道 项目", OwnerUnitId = jiaoxi, TotalInvestment = 1200m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
    }

    [Fact]
    public async Task Invalid_input_gets_Chinese_messages_and_writes_nothing()
    {
        var password = await factory.CreateUserAsync("scope-invalid", "370211", Roles.DistrictStaff);
        var client = await Browser.WithTokenAsync(factory, "scope-invalid", password);
        var before = await factory.WithDbAsync(db => db.Projects.CountAsync());
        var response = await client.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "", OwnerUnitId = _xihaianUnit, TotalInvestment = -5 });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写项目名称", body, StringComparison.Ordinal);
        Assert.Contains("总投资须在", body, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Projects.CountAsync()));
    }
}
