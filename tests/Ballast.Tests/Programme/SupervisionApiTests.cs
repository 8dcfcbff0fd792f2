using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Programme.SupervisionSeed;

namespace Ballast.Tests.Programme;

/// <summary>The supervision API applies the page's rules and scope.</summary>
public sealed class SupervisionApiTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const string Api = "/api/programme/supervision";

    private async Task<HttpClient> TokenAsync(string userName, string unitCode, string role) =>
        await Browser.WithTokenAsync(factory, userName, await factory.CreateUserAsync(userName, unitCode, role));

    [Fact]
    public async Task Issue_acknowledge_report_close_through_the_api()
    {
        factory.Clock.Set(July10);
        var office = await TokenAsync("sva-flow-office", "dept-drc", Roles.ProgrammeOffice);
        var department = await TokenAsync("sva-flow-miit", "dept-miit", Roles.DepartmentStaff);

        var created = await office.PostAsJsonAsync(Api, new SupervisionInput
        {
            Title = "落实市长批示：技改项目入库", Source = SupervisionNames.Instruction, OwnerUnitId = await UnitAsync(factory, "dept-miit"),
            DueOn = new DateOnly(2023, 7, 12),
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Contains("\"state\":\"Assigned\"", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var row = (await created.Content.ReadFromJsonAsync<SupervisionRow>())!;
        Assert.Equal((2023, "市工业和信息化局", true, (int?)null), (row.Year, row.UnitName, row.DueSoon, row.OverdueDays));

        Assert.Equal(HttpStatusCode.Forbidden, (await department.PostAsync($"{Api}/{row.Id}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await department.PostAsync($"{Api}/{row.Id}/acknowledge", null)).StatusCode);
        var reported = await department.PostAsJsonAsync($"{Api}/{row.Id}/report", new SupervisionApi.SupervisionNote("已入库52个"));
        Assert.Equal(SupervisionState.Reported, (await reported.Content.ReadFromJsonAsync<SupervisionRow>())!.State);
        var closed = await office.PostAsync($"{Api}/{row.Id}/close", null);
        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal((SupervisionState.Closed, new DateOnly(2023, 7, 10)), ((await LoadAsync(factory, row.Id)).State, (await LoadAsync(factory, row.Id)).ClosedOn!.Value));

        var again = await office.PostAsync($"{Api}/{row.Id}/close", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("督办事项已办结", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var trail = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(SupervisionItem) && e.EntityKey == Id(row.Id)).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditActions.Create, AuditActions.Update, AuditActions.Update, AuditActions.Update], trail.Select(e => e.Action));
        Assert.All(trail, e => Assert.Equal("api", e.Channel));
        var history = (await office.GetFromJsonAsync<List<SupervisionStep>>($"{Api}/{row.Id}/history"))!;
        Assert.Equal(["交办", "已签收", "已报送办理情况", "已办结"], history.Select(h => h.What));
        Assert.Equal("sva-flow-miit", history[2].UserName);
    }

    [Fact]
    public async Task A_district_gets_404_for_other_units_items_and_403_for_the_offices_moves()
    {
        factory.Clock.Set(July10);
        var own = await ItemAsync(factory, "370211", "接口 本区事项", new DateOnly(2023, 7, 5), SupervisionState.Reported);
        var other = await ItemAsync(factory, "370215", "接口 即墨事项", new DateOnly(2023, 7, 30));
        var client = await TokenAsync("sva-scope", "370211", Roles.DistrictStaff);

        var list = (await client.GetFromJsonAsync<List<SupervisionRow>>($"{Api}?Year=2023"))!;
        Assert.Contains(own, list.Select(r => r.Id));
        Assert.DoesNotContain(other, list.Select(r => r.Id));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Api}/{other}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"{Api}/{other}/acknowledge", null)).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{Api}/{own}/close", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsync($"{Api}/{own}/chase", null)).StatusCode);
        var issue = await client.PostAsJsonAsync(Api, new SupervisionInput
        {
            Title = "接口 越权交办", Source = SupervisionNames.Meeting, OwnerUnitId = await UnitAsync(factory, "370211"), DueOn = new DateOnly(2023, 8, 1),
        });
        Assert.Equal(HttpStatusCode.Forbidden, issue.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.SupervisionItems.AnyAsync(s => s.Title == "接口 越权交办")));
        Assert.Equal(SupervisionState.Reported, (await LoadAsync(factory, own)).State);
        Assert.Equal(SupervisionState.Assigned, (await LoadAsync(factory, other)).State);
    }

    [Fact]
    public async Task Raise_from_an_indicator_and_chase_once_a_day()
    {
        factory.Clock.Set(July10);
        var indicator = await factory.WithDbAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "key-investment"));
        var office = await TokenAsync("sva-raise", "dept-drc", Roles.ProgrammeOffice);

        var raised = await office.PostAsJsonAsync($"{Api}/from-indicator/{indicator.Id}", new { dueOn = "2023-07-10" });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);
        var row = (await raised.Content.ReadFromJsonAsync<SupervisionRow>())!;
        Assert.Equal((SupervisionNames.IndicatorAlert, indicator.Id, indicator.LeadUnitId!.Value, indicator.Name, indicator.Name),
            (row.Source, row.IndicatorId!.Value, row.OwnerUnitId, row.Title, row.IndicatorName));
        var twice = await office.PostAsJsonAsync($"{Api}/from-indicator/{indicator.Id}", new { dueOn = "2023-07-20" });
        Assert.Equal(HttpStatusCode.Conflict, twice.StatusCode);
        Assert.Contains("该指标已有未办结的督办事项", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await office.PostAsJsonAsync($"{Api}/from-indicator/999999", new { dueOn = "2023-07-20" })).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsync($"{Api}/{row.Id}/chase", null)).StatusCode);
        factory.Clock.Set(CityDay(7, 11));
        office = await TokenAsync("sva-raise-2", "dept-drc", Roles.ProgrammeOffice);
        var chased = await office.PostAsync($"{Api}/{row.Id}/chase", null);
        Assert.Equal(HttpStatusCode.OK, chased.StatusCode);
        var chasedRow = (await chased.Content.ReadFromJsonAsync<SupervisionRow>())!;
        Assert.Equal((1, 1), (chasedRow.ChaseCount, chasedRow.OverdueDays!.Value));
        var again = await office.PostAsync($"{Api}/{row.Id}/chase", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("今天已催办", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await LoadAsync(factory, row.Id)).ChaseCount);

        var figures = await office.GetFromJsonAsync<SupervisionCounts>($"{Api}/figures?year=2023&unit={indicator.LeadUnitId}");
        Assert.True(figures.Overdue >= 1);
    }

    [Fact]
    public async Task Invalid_input_and_late_extensions_get_Chinese_messages_and_write_nothing()
    {
        factory.Clock.Set(July10);
        var office = await TokenAsync("sva-invalid", "dept-drc", Roles.ProgrammeOffice);
        var district = await TokenAsync("sva-invalid-district", "370211", Roles.DistrictStaff);
        var count = await factory.WithDbAsync(db => db.SupervisionItems.CountAsync());

        var response = await office.PostAsJsonAsync(Api, new SupervisionInput
        {
            Title = "", Source = "随便", OwnerUnitId = await UnitAsync(factory, "370200"), DueOn = new DateOnly(2023, 7, 1),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        foreach (var message in new[] { "请填写督办事项", "来源无效", "承办单位须为区市或市直部门", "办结时限不能早于今天" })
        {
            Assert.Contains(message, body, StringComparison.Ordinal);
        }
        Assert.Equal(count, await factory.WithDbAsync(db => db.SupervisionItems.CountAsync()));

        var late = await ItemAsync(factory, "370211", "接口 过期申请延期", new DateOnly(2023, 7, 9), SupervisionState.Acknowledged);
        var refused = await district.PostAsJsonAsync($"{Api}/{late}/extension", new SupervisionApi.SupervisionNote("补申请", new DateOnly(2023, 7, 31)));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("已过办结时限，不能再申请延期", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noReport = await district.PostAsJsonAsync($"{Api}/{late}/report", new SupervisionApi.SupervisionNote(" "));
        Assert.Equal(HttpStatusCode.BadRequest, noReport.StatusCode);
        Assert.Contains("请填写办理情况", await noReport.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unchanged = await LoadAsync(factory, late);
        Assert.Equal((SupervisionState.Acknowledged, null, null), (unchanged.State, unchanged.Detail, unchanged.Report));
    }
}
