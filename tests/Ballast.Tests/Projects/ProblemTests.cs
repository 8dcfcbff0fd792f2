using System.Globalization;
using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.ProblemSeed;

namespace Ballast.Tests.Projects;

/// <summary>The problem list and its supervision cycle through the pages, on a real database.</summary>
public sealed class ProblemTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Raise_answer_resolve_through_the_pages_with_an_audit_trail()
    {
        factory.Clock.Set(July10);
        var project = await ProjectAsync(factory, "370211", "问题 全流程项目");
        var miit = await UnitAsync(factory, "dept-miit");
        var district = await SignedInAsync(factory, "pb-flow-district", "370211", Roles.DistrictStaff);

        var raised = await Browser.PostFormAsync(district, $"/Projects/Problems/Edit?projectId={project}", new Dictionary<string, string>
        {
            ["Input.Title"] = "电力增容接入",
            ["Input.Detail"] = "需新建10千伏线路",
            ["Input.AssignedUnitId"] = Id(miit),
            ["Input.DueOn"] = "2023-07-20",
        });
        Redirected(raised);
        Assert.Equal($"/Projects/Problems?Project={project}", raised.Headers.Location!.OriginalString);
        var problem = await factory.WithDbAsync(db => db.Problems.AsNoTracking().SingleAsync(p => p.ProjectId == project));
        Assert.Equal((ProblemState.Open, miit, new DateOnly(2023, 7, 10), "pb-flow-district"),
            (problem.State, problem.AssignedUnitId!.Value, problem.RaisedOn, problem.RaisedBy));
        var list = await district.GetStringAsync($"/Projects/Problems?Project={project}");
        Assert.Contains("电力增容接入", list, StringComparison.Ordinal);
        Assert.Contains("待办理", list, StringComparison.Ordinal);

        var department = await SignedInAsync(factory, "pb-flow-miit", "dept-miit", Roles.DepartmentStaff);
        var page = $"/Projects/Problems/Edit?id={problem.Id}";
        Redirected(await PostAsync(department, page, $"/Projects/Problems/Edit?handler=Answer&id={problem.Id}",
            new() { ["Text"] = "已协调供电公司，8月底前接入" }));
        Assert.Equal(ProblemState.Answered, (await LoadAsync(factory, problem.Id)).State);

        Redirected(await PostAsync(district, page, $"/Projects/Problems/Edit?handler=Resolve&id={problem.Id}", []));
        var done = await LoadAsync(factory, problem.Id);
        Assert.Equal((ProblemState.Resolved, new DateOnly(2023, 7, 10), "已协调供电公司，8月底前接入"), (done.State, done.ResolvedOn!.Value, done.Answer!));

        var trail = await factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.EntityType == nameof(Problem) && e.EntityKey == Id(problem.Id)).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditActions.Create, AuditActions.Update, AuditActions.Update], trail.Select(e => e.Action));
        Assert.Equal(["pb-flow-district", "pb-flow-miit", "pb-flow-district"], trail.Select(e => e.UserName));
        Assert.All(trail, e => Assert.Equal("page", e.Channel));
        Assert.Contains("已协调供电公司", trail[1].After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Overdue_is_flagged_once_the_clock_passes_the_due_date_and_not_before()
    {
        factory.Clock.Set(July10);
        var project = await ProjectAsync(factory, "370211", "问题 逾期项目");
        var problem = await ProblemAsync(factory, project, "用地指标未落实", new DateOnly(2023, 7, 12));
        await ProblemAsync(factory, project, "已办结的旧问题", new DateOnly(2023, 7, 1), state: ProblemState.Resolved);

        factory.Clock.Set(new DateTimeOffset(2023, 7, 12, 1, 0, 0, TimeSpan.Zero));
        var onDueDate = await SignedInAsync(factory, "pb-overdue-1", "370211", Roles.DistrictStaff);
        Assert.DoesNotContain("用地指标未落实", await onDueDate.GetStringAsync($"/Projects/Problems?Project={project}&Overdue=true"), StringComparison.Ordinal);
        Assert.DoesNotContain("已逾期 ", await onDueDate.GetStringAsync($"/Projects/Problems?Project={project}"), StringComparison.Ordinal);

        factory.Clock.Set(new DateTimeOffset(2023, 7, 15, 1, 0, 0, TimeSpan.Zero));
        var later = await SignedInAsync(factory, "pb-overdue-2", "370211", Roles.DistrictStaff);
        var overdue = await later.GetStringAsync($"/Projects/Problems?Project={project}&Overdue=true");
        Assert.Contains("用地指标未落实", overdue, StringComparison.Ordinal);
        Assert.Contains("已逾期 3 天", overdue, StringComparison.Ordinal);
        Assert.Contains("bi-exclamation-triangle-fill", overdue, StringComparison.Ordinal);
        Assert.DoesNotContain("已办结的旧问题", overdue, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"overdue-count\">1<", overdue, StringComparison.Ordinal);
        Assert.Contains($"data-problem=\"{problem}\"", overdue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_soon_lists_what_is_unresolved_and_due_within_three_days()
    {
        factory.Clock.Set(July10);
        var project = await ProjectAsync(factory, "370211", "问题 临期项目");
        await ProblemAsync(factory, project, "今天到期", new DateOnly(2023, 7, 10));
        await ProblemAsync(factory, project, "三天后到期", new DateOnly(2023, 7, 13));
        await ProblemAsync(factory, project, "四天后到期", new DateOnly(2023, 7, 14));
        await ProblemAsync(factory, project, "已解决明天到期", new DateOnly(2023, 7, 11), state: ProblemState.Resolved);
        await ProblemAsync(factory, project, "昨天到期", new DateOnly(2023, 7, 9));
        var client = await SignedInAsync(factory, "pb-soon", "370211", Roles.DistrictStaff);

        var soon = await client.GetStringAsync($"/Projects/Problems?Project={project}&DueSoon=true");
        Assert.Contains("今天到期", soon, StringComparison.Ordinal);
        Assert.Contains("三天后到期", soon, StringComparison.Ordinal);
        Assert.DoesNotContain("四天后到期", soon, StringComparison.Ordinal);
        Assert.DoesNotContain("已解决明天到期", soon, StringComparison.Ordinal);
        Assert.DoesNotContain("昨天到期", soon, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"due-soon-count\">2<", soon, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unresolved-count\">4<", soon, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Projects/Problems?Project={project}&amp;DueSoon=true\"", soon, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_cannot_see_or_resolve_another_districts_problem()
    {
        factory.Clock.Set(July10);
        var own = await ProjectAsync(factory, "370211", "问题 本区项目");
        var other = await ProjectAsync(factory, "370215", "问题 即墨项目");
        var problem = await ProblemAsync(factory, other, "即墨的问题", new DateOnly(2023, 7, 30));
        var client = await SignedInAsync(factory, "pb-scope", "370211", Roles.DistrictStaff);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Projects/Problems/Edit?id={problem}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Projects/Problems/Edit?projectId={other}")).StatusCode);
        Assert.DoesNotContain("即墨的问题", await client.GetStringAsync("/Projects/Problems"), StringComparison.Ordinal);

        var tokenPage = $"/Projects/Problems/Edit?projectId={own}";
        var resolve = await PostAsync(client, tokenPage, $"/Projects/Problems/Edit?handler=Resolve&id={problem}", []);
        Assert.Equal(HttpStatusCode.NotFound, resolve.StatusCode);
        var raise = await PostAsync(client, tokenPage, $"/Projects/Problems/Edit?projectId={other}", new()
        {
            ["Input.Title"] = "越权提出", ["Input.AssignedUnitId"] = Id(await UnitAsync(factory, "dept-miit")), ["Input.DueOn"] = "2023-07-30",
        });
        Assert.Equal(HttpStatusCode.NotFound, raise.StatusCode);
        Assert.Equal(ProblemState.Open, (await LoadAsync(factory, problem)).State);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Problems.CountAsync(p => p.ProjectId == other)));
    }

    [Fact]
    public async Task A_department_answers_a_problem_assigned_to_it_but_cannot_resolve_it()
    {
        factory.Clock.Set(July10);
        var project = await ProjectAsync(factory, "370211", "问题 部门答复项目");
        var problem = await ProblemAsync(factory, project, "环评批复待审", new DateOnly(2023, 7, 30), assignedCode: "dept-environment");
        var page = $"/Projects/Problems/Edit?id={problem}";

        var otherDepartment = await SignedInAsync(factory, "pb-dept-other", "dept-commerce", Roles.DepartmentStaff);
        var html = await otherDepartment.GetStringAsync(page);
        Assert.DoesNotContain("handler=Answer", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(otherDepartment, "/Projects/Edit", $"/Projects/Problems/Edit?handler=Answer&id={problem}",
            new() { ["Text"] = "不是我们的事" })).StatusCode);

        var department = await SignedInAsync(factory, "pb-dept-env", "dept-environment", Roles.DepartmentStaff);
        Assert.Contains("handler=Answer", await department.GetStringAsync(page), StringComparison.Ordinal);
        Redirected(await PostAsync(department, page, $"/Projects/Problems/Edit?handler=Answer&id={problem}", new() { ["Text"] = "已受理，7月25日前批复" }));
        var answered = await LoadAsync(factory, problem);
        Assert.Equal((ProblemState.Answered, "已受理，7月25日前批复"), (answered.State, answered.Answer!));

        var resolve = await PostAsync(department, page, $"/Projects/Problems/Edit?handler=Resolve&id={problem}", []);
        Assert.Equal(HttpStatusCode.Forbidden, resolve.StatusCode);
        Assert.Equal(ProblemState.Answered, (await LoadAsync(factory, problem)).State);
    }

    [Fact]
    public async Task Invalid_input_gets_Chinese_messages_and_writes_nothing()
    {
        factory.Clock.Set(July10);
        var project = await ProjectAsync(factory, "370211", "问题 校验项目");
        var client = await SignedInAsync(factory, "pb-invalid", "370211", Roles.DistrictStaff);
        var before = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(Problem)));

        var response = await Browser.PostFormAsync(client, $"/Projects/Problems/Edit?projectId={project}", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.AssignedUnitId"] = Id(await UnitAsync(factory, "370215")), ["Input.DueOn"] = "2023-07-09",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写问题", html, StringComparison.Ordinal);
        Assert.Contains("办结时限不能早于今天", html, StringComparison.Ordinal);
        Assert.Contains("承办部门须为市直部门", html, StringComparison.Ordinal);

        var noDate = await Browser.PostFormAsync(client, $"/Projects/Problems/Edit?projectId={project}", new Dictionary<string, string>
        {
            ["Input.Title"] = new string('长', 201), ["Input.AssignedUnitId"] = "0",
        });
        var noDateHtml = await noDate.Content.ReadAsStringAsync();
        Assert.Contains("问题不超过200字", noDateHtml, StringComparison.Ordinal);
        Assert.Contains("请选择承办部门", noDateHtml, StringComparison.Ordinal);
        Assert.Contains("请填写办结时限", noDateHtml, StringComparison.Ordinal);

        Assert.Equal(0, await factory.WithDbAsync(db => db.Problems.CountAsync(p => p.ProjectId == project)));
        Assert.Equal(before, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(Problem))));
    }

    [Fact]
    public async Task An_empty_answer_or_a_move_the_state_forbids_is_refused_in_Chinese()
    {
        factory.Clock.Set(July10);
        var project = await ProjectAsync(factory, "370211", "问题 状态项目");
        var problem = await ProblemAsync(factory, project, "融资未到位", new DateOnly(2023, 7, 30), state: ProblemState.Resolved);
        var office = await SignedInAsync(factory, "pb-state-office", "dept-drc", Roles.ProgrammeOffice);
        var page = $"/Projects/Problems/Edit?id={problem}";

        var answer = await PostAsync(office, page, $"/Projects/Problems/Edit?handler=Answer&id={problem}", new() { ["Text"] = "补充答复" });
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Contains("问题已解决，如需继续办理请先重新打开", await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Redirected(await PostAsync(office, page, $"/Projects/Problems/Edit?handler=Reopen&id={problem}", []));
        var reopened = await LoadAsync(factory, problem);
        Assert.Equal(ProblemState.Open, reopened.State);
        Assert.Null(reopened.ResolvedOn);

        var empty = await PostAsync(office, page, $"/Projects/Problems/Edit?handler=Answer&id={problem}", new() { ["Text"] = "  " });
        Assert.Contains("请填写答复内容", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null((await LoadAsync(factory, problem)).Answer);

        Redirected(await PostAsync(office, page, $"/Projects/Problems/Edit?handler=Escalate&id={problem}", new() { ["Text"] = "跨部门协调无果" }));
        var escalated = await LoadAsync(factory, problem);
        Assert.Equal(ProblemState.Escalated, escalated.State);
        Assert.Contains("【提级督办 2023-07-10 pb-state-office】跨部门协调无果", escalated.Detail, StringComparison.Ordinal);
        var shown = await office.GetStringAsync(page);
        Assert.Contains("跨部门协调无果", shown, StringComparison.Ordinal);
        Assert.Contains("data-state=\"Escalated\"", shown, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_leaders_Mine_view_shows_only_problems_on_projects_they_lead()
    {
        factory.Clock.Set(July10);
        var client = await SignedInAsync(factory, "pb-leader", "370200", Roles.CityLeader);
        var mine = await LeaderAsync(factory, "测试 李市长", await UserIdAsync(factory, "pb-leader"));
        var someoneElse = await LeaderAsync(factory, "测试 张副市长", null);
        var led = await ProjectAsync(factory, "370211", "问题 包抓项目", mine);
        var notLed = await ProjectAsync(factory, "370215", "问题 他人包抓项目", someoneElse);
        await ProblemAsync(factory, led, "我包抓项目的问题", new DateOnly(2023, 7, 30));
        await ProblemAsync(factory, notLed, "别人包抓项目的问题", new DateOnly(2023, 7, 30));

        var html = await client.GetStringAsync("/Projects/Problems?Mine=true");
        Assert.Contains("我包抓项目的问题", html, StringComparison.Ordinal);
        Assert.DoesNotContain("别人包抓项目的问题", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unresolved-count\">1<", html, StringComparison.Ordinal);
        Assert.Contains("别人包抓项目的问题", await client.GetStringAsync("/Projects/Problems"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_holds_exactly_the_rows_shown_with_Chinese_titles()
    {
        factory.Clock.Set(July10);
        var project = await ProjectAsync(factory, "370211", "问题 导出项目");
        await ProblemAsync(factory, project, "导出 逾期问题", new DateOnly(2023, 7, 1));
        await ProblemAsync(factory, project, "导出 未到期问题", new DateOnly(2023, 8, 1));
        var client = await SignedInAsync(factory, "pb-export", "370211", Roles.DistrictStaff);

        var response = await client.GetAsync($"/Projects/Problems?handler=Export&Project={project}&Overdue=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        var row = Assert.Single(rows);
        Assert.Equal("导出 逾期问题", row["问题"]);
        Assert.Equal("问题 导出项目", row["项目"]);
        Assert.Equal("市工业和信息化局", row["承办部门"]);
        Assert.Equal("待办理", row["状态"]);
        Assert.Equal("已逾期 9 天", row["逾期"]);
    }
}
