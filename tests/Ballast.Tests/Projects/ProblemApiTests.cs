using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.ProblemSeed;

namespace Ballast.Tests.Projects;

/// <summary>The problems API applies the page's filters, rules and scope.</summary>
public sealed class ProblemApiTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private async Task<HttpClient> TokenAsync(string userName, string unitCode, string role) =>
        await Browser.WithTokenAsync(factory, userName, await factory.CreateUserAsync(userName, unitCode, role));

    [Fact]
    public async Task Raise_answer_resolve_through_the_api()
    {
        factory.Clock.Set(July10);
        var project = await ProjectAsync(factory, "370211", "接口 全流程项目");
        var district = await TokenAsync("pa-flow-district", "370211", Roles.DistrictStaff);
        var department = await TokenAsync("pa-flow-land", "dept-land", Roles.DepartmentStaff);

        var created = await district.PostAsJsonAsync("/api/problems", new ProblemInput
        {
            ProjectId = project, Title = "用地指标未落实", AssignedUnitId = await UnitAsync(factory, "dept-land"), DueOn = new DateOnly(2023, 7, 11),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var row = (await created.Content.ReadFromJsonAsync<ProblemRow>())!;
        Assert.Equal((ProblemState.Open, "接口 全流程项目", false, true), (row.State, row.ProjectName, row.OverdueDays.HasValue, row.DueSoon));
        Assert.Contains("\"state\":\"Open\"", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await department.PostAsync($"/api/problems/{row.Id}/resolve", null)).StatusCode);
        var answered = await department.PostAsJsonAsync($"/api/problems/{row.Id}/answer", new ProblemsApi.ProblemNote("指标已报省厅"));
        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(ProblemState.Answered, (await answered.Content.ReadFromJsonAsync<ProblemRow>())!.State);

        var resolved = await district.PostAsync($"/api/problems/{row.Id}/resolve", null);
        Assert.Equal(HttpStatusCode.OK, resolved.StatusCode);
        Assert.Equal(ProblemState.Resolved, (await LoadAsync(factory, row.Id)).State);

        var again = await district.PostAsync($"/api/problems/{row.Id}/resolve", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("问题已解决", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var key = row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var trail = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Problem) && e.EntityKey == key).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditActions.Create, AuditActions.Update, AuditActions.Update], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("api", e.Channel));
    }

    [Fact]
    public async Task The_list_filters_as_the_page_does_and_keeps_to_scope()
    {
        factory.Clock.Set(July10);
        var own = await ProjectAsync(factory, "370211", "接口 筛选项目");
        var other = await ProjectAsync(factory, "370215", "接口 即墨项目");
        var late = await ProblemAsync(factory, own, "接口 逾期", new DateOnly(2023, 7, 5));
        var soon = await ProblemAsync(factory, own, "接口 临期", new DateOnly(2023, 7, 12), assignedCode: "dept-finance");
        var done = await ProblemAsync(factory, own, "接口 已解决", new DateOnly(2023, 7, 5), state: ProblemState.Resolved);
        var foreign = await ProblemAsync(factory, other, "接口 即墨问题", new DateOnly(2023, 7, 5));
        var client = await TokenAsync("pa-list", "370211", Roles.DistrictStaff);

        async Task<List<int>> Ids(string query) =>
            [.. (await client.GetFromJsonAsync<List<ProblemRow>>("/api/problems" + query))!.Select(r => r.Id)];

        Assert.Equal([late, soon, done], await Ids($"?Project={own}"));
        Assert.Equal([late, soon], await Ids($"?Project={own}&State=Unresolved"));
        Assert.Equal([done], await Ids($"?Project={own}&State=Resolved"));
        Assert.Equal([late], await Ids($"?Project={own}&Overdue=true"));
        Assert.Equal([soon], await Ids($"?Project={own}&DueSoon=true"));
        Assert.Equal([soon], await Ids($"?Assigned={await UnitAsync(factory, "dept-finance")}&Project={own}"));
        Assert.DoesNotContain(foreign, await Ids(""));

        var overdue = (await client.GetFromJsonAsync<ProblemRow>($"/api/problems/{late}"))!;
        Assert.Equal(5, overdue.OverdueDays);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/problems/{foreign}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/api/problems/{foreign}/resolve", null)).StatusCode);
        // A project out of scope is, to this user, a project that does not exist: a bad field in the body.
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/problems",
            new ProblemInput { ProjectId = other, Title = "越权", AssignedUnitId = await UnitAsync(factory, "dept-miit"), DueOn = new DateOnly(2023, 8, 1) })).StatusCode);
        Assert.Equal(ProblemState.Open, (await LoadAsync(factory, foreign)).State);
    }

    [Fact]
    public async Task Invalid_input_gets_Chinese_messages_and_writes_nothing()
    {
        factory.Clock.Set(July10);
        var project = await ProjectAsync(factory, "370211", "接口 校验项目");
        var problem = await ProblemAsync(factory, project, "接口 待答复", new DateOnly(2023, 7, 30), assignedCode: "dept-hr");
        var district = await TokenAsync("pa-invalid", "370211", Roles.DistrictStaff);
        var department = await TokenAsync("pa-invalid-hr", "dept-hr", Roles.DepartmentStaff);

        var response = await district.PostAsJsonAsync("/api/problems",
            new ProblemInput { ProjectId = project, Title = "", AssignedUnitId = await UnitAsync(factory, "dept-hr"), DueOn = new DateOnly(2023, 7, 1) });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写问题", body, StringComparison.Ordinal);
        Assert.Contains("办结时限不能早于今天", body, StringComparison.Ordinal);

        var empty = await department.PostAsJsonAsync($"/api/problems/{problem}/answer", new ProblemsApi.ProblemNote(" "));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("请填写答复内容", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var noReason = await district.PostAsJsonAsync($"/api/problems/{problem}/escalate", new ProblemsApi.ProblemNote(null));
        Assert.Contains("请填写提级督办的原因", await noReason.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(1, await factory.WithDbAsync(db => db.Problems.CountAsync(p => p.ProjectId == project)));
        var unchanged = await LoadAsync(factory, problem);
        Assert.Equal((ProblemState.Open, null), (unchanged.State, unchanged.Answer));
    }

    [Fact]
    public async Task Escalating_appends_the_reason_and_Mine_keeps_to_the_leaders_projects()
    {
        factory.Clock.Set(July10);
        var leaderUser = await TokenAsync("pa-leader", "370200", Roles.CityLeader);
        var leader = await LeaderAsync(factory, "接口 测试市长", await UserIdAsync(factory, "pa-leader"));
        var led = await ProjectAsync(factory, "370211", "接口 包抓项目", leader);
        var notLed = await ProjectAsync(factory, "370211", "接口 未包抓项目");
        var problem = await ProblemAsync(factory, led, "接口 提级问题", new DateOnly(2023, 7, 30));
        await ProblemAsync(factory, notLed, "接口 他人问题", new DateOnly(2023, 7, 30));
        var district = await TokenAsync("pa-escalate", "370211", Roles.DistrictStaff);

        var escalated = await district.PostAsJsonAsync($"/api/problems/{problem}/escalate", new ProblemsApi.ProblemNote("需市级协调"));
        Assert.Equal(HttpStatusCode.OK, escalated.StatusCode);
        var row = (await escalated.Content.ReadFromJsonAsync<ProblemRow>())!;
        Assert.Equal(ProblemState.Escalated, row.State);
        Assert.EndsWith("【提级督办 2023-07-10 pa-escalate】需市级协调", row.Detail, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, (await district.PostAsJsonAsync($"/api/problems/{problem}/escalate", new ProblemsApi.ProblemNote("再次"))).StatusCode);

        var mine = (await leaderUser.GetFromJsonAsync<List<ProblemRow>>("/api/problems?Mine=true"))!;
        Assert.Equal([problem], mine.Select(r => r.Id));
    }
}
