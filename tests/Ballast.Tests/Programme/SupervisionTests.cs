using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Programme.SupervisionSeed;

namespace Ballast.Tests.Programme;

/// <summary>The supervision (督办) cycle through the pages, on a real database.</summary>
public sealed class SupervisionTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Issue_acknowledge_report_close_through_the_pages_with_an_audit_trail()
    {
        factory.Clock.Set(July10);
        var district = await UnitAsync(factory, "370211");
        var office = await SignedInAsync(factory, "sv-flow-office", "dept-drc", Roles.ProgrammeOffice);

        var issued = await Browser.PostFormAsync(office, "/Programme/Supervision/Edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "落实专班例会部署的用地保障",
            ["Input.Detail"] = "7月例会要求：月底前完成土地组卷",
            ["Input.Source"] = SupervisionNames.Meeting,
            ["Input.OwnerUnitId"] = Id(district),
            ["Input.DueOn"] = "2023-07-31",
            ["Input.Year"] = "2023",
        });
        Redirected(issued);
        var item = await factory.WithDbAsync(db => db.SupervisionItems.AsNoTracking().SingleAsync(s => s.Title == "落实专班例会部署的用地保障"));
        Assert.Equal($"/Programme/Supervision/Edit?id={item.Id}", issued.Headers.Location!.OriginalString);
        Assert.Equal((SupervisionState.Assigned, district, 2023, new DateOnly(2023, 7, 10), "sv-flow-office", SupervisionNames.Meeting),
            (item.State, item.OwnerUnitId, item.Year, item.IssuedOn, item.IssuedBy, item.Source));

        var unit = await SignedInAsync(factory, "sv-flow-district", "370211", Roles.DistrictStaff);
        var page = $"/Programme/Supervision/Edit?id={item.Id}";
        var before = await unit.GetStringAsync(page);
        Assert.Contains("handler=Acknowledge", before, StringComparison.Ordinal);
        Assert.DoesNotContain("handler=Close", before, StringComparison.Ordinal);
        Redirected(await PostAsync(unit, Move(item.Id, "Acknowledge")));
        Redirected(await PostAsync(unit, Move(item.Id, "Report"), new() { ["Text"] = "土地组卷已上报省厅" }));
        Assert.Equal((SupervisionState.Reported, "土地组卷已上报省厅"), ((await LoadAsync(factory, item.Id)).State, (await LoadAsync(factory, item.Id)).Report));

        // Two days on, so sign in afresh: a session ends after 30 idle minutes.
        factory.Clock.Set(CityDay(7, 12));
        var closer = await SignedInAsync(factory, "sv-flow-office-2", "dept-drc", Roles.ProgrammeOffice);
        Assert.Contains("handler=Close", await closer.GetStringAsync(page), StringComparison.Ordinal);
        Redirected(await PostAsync(closer, Move(item.Id, "Close")));
        var closed = await LoadAsync(factory, item.Id);
        Assert.Equal((SupervisionState.Closed, new DateOnly(2023, 7, 12)), (closed.State, closed.ClosedOn!.Value));

        var trail = await factory.WithDbAsync(db => db.AuditEntries
            .Where(e => e.EntityType == nameof(SupervisionItem) && e.EntityKey == Id(item.Id)).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal([AuditActions.Create, AuditActions.Update, AuditActions.Update, AuditActions.Update], trail.Select(e => e.Action));
        Assert.Equal(["sv-flow-office", "sv-flow-district", "sv-flow-district", "sv-flow-office-2"], trail.Select(e => e.UserName));
        Assert.All(trail, e => Assert.Equal("page", e.Channel));

        var shown = await closer.GetStringAsync(page);
        Assert.Contains("data-state=\"Closed\"", shown, StringComparison.Ordinal);
        var historyAt = shown.IndexOf("data-testid=\"history\"", StringComparison.Ordinal);
        var history = shown[historyAt..];
        Assert.True(Ordered(history, "交办", "已签收", "已报送办理情况", "已办结"), history);
        Assert.Contains("sv-flow-district", history, StringComparison.Ordinal);
        Assert.Contains("土地组卷已上报省厅", history, StringComparison.Ordinal);
        Assert.Contains("2023-07-12", history, StringComparison.Ordinal);
        // Closed: nothing is left to do, for anyone.
        Assert.DoesNotContain("handler=", shown[shown.IndexOf("data-testid=\"actions\"", StringComparison.Ordinal)..historyAt], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_return_needs_a_reason_and_sends_the_report_back()
    {
        factory.Clock.Set(July10);
        var item = await ItemAsync(factory, "370211", "退回 测试事项", new DateOnly(2023, 7, 30), SupervisionState.Reported);
        var office = await SignedInAsync(factory, "sv-return-office", "dept-drc", Roles.ProgrammeOffice);

        var empty = await PostAsync(office, Move(item, "Return"), new() { ["Text"] = " " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("退回须填写原因", await empty.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(SupervisionState.Reported, (await LoadAsync(factory, item)).State);

        Redirected(await PostAsync(office, Move(item, "Return"), new() { ["Text"] = "缺少佐证材料" }));
        var returned = await LoadAsync(factory, item);
        Assert.Equal(SupervisionState.Acknowledged, returned.State);
        Assert.EndsWith("【退回 2023-07-10 sv-return-office】缺少佐证材料", returned.Detail, StringComparison.Ordinal);

        var unit = await SignedInAsync(factory, "sv-return-district", "370211", Roles.DistrictStaff);
        var page = await unit.GetStringAsync($"/Programme/Supervision/Edit?id={item}");
        Assert.Contains("缺少佐证材料", page, StringComparison.Ordinal);
        Assert.Contains("handler=Report", page, StringComparison.Ordinal);
        var close = await PostAsync(office, Move(item, "Close"));
        Assert.Contains("只有已报送办理情况的事项才能退回或办结", await close.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_sees_and_works_only_on_items_assigned_to_it()
    {
        factory.Clock.Set(July10);
        var own = await ItemAsync(factory, "370211", "范围 本区事项", new DateOnly(2023, 7, 30));
        var other = await ItemAsync(factory, "370215", "范围 即墨事项", new DateOnly(2023, 7, 30));
        var client = await SignedInAsync(factory, "sv-scope", "370211", Roles.DistrictStaff);

        var list = await client.GetStringAsync("/Programme/Supervision?Year=2023");
        Assert.Contains("范围 本区事项", list, StringComparison.Ordinal);
        Assert.DoesNotContain("范围 即墨事项", list, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Programme/Supervision/Edit?id={own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Programme/Supervision/Edit?id={other}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(client, Move(other, "Acknowledge"))).StatusCode);
        Assert.Equal(SupervisionState.Assigned, (await LoadAsync(factory, other)).State);

        // A department reads every unit's items but does not work on another unit's.
        var department = await SignedInAsync(factory, "sv-scope-dept", "dept-miit", Roles.DepartmentStaff);
        var html = await department.GetStringAsync($"/Programme/Supervision/Edit?id={other}");
        Assert.DoesNotContain("handler=Acknowledge", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(department, Move(other, "Acknowledge"))).StatusCode);
        Assert.Equal(SupervisionState.Assigned, (await LoadAsync(factory, other)).State);
    }

    [Fact]
    public async Task Only_the_office_issues_closes_and_chases()
    {
        factory.Clock.Set(July10);
        var reported = await ItemAsync(factory, "370211", "权限 已报送事项", new DateOnly(2023, 7, 30), SupervisionState.Reported);
        var late = await ItemAsync(factory, "370211", "权限 逾期事项", new DateOnly(2023, 7, 1), SupervisionState.Acknowledged);
        var client = await SignedInAsync(factory, "sv-perm", "370211", Roles.DistrictStaff);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(SupervisionItem)));

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/Programme/Supervision/Edit")).StatusCode);
        Assert.DoesNotContain("data-testid=\"issue\"", await client.GetStringAsync("/Programme/Supervision"), StringComparison.Ordinal);
        var issue = await PostAsync(client, "/Programme/Supervision/Edit", new()
        {
            ["Input.Title"] = "越权交办", ["Input.Source"] = SupervisionNames.Meeting, ["Input.OwnerUnitId"] = Id(await UnitAsync(factory, "370211")), ["Input.DueOn"] = "2023-07-30",
        });
        Assert.True(Browser.IsRefused(issue));
        Assert.True(Browser.IsRefused(await PostAsync(client, Move(reported, "Close"))));
        Assert.True(Browser.IsRefused(await PostAsync(client, Move(reported, "Return"), new() { ["Text"] = "自己退回" })));
        Assert.True(Browser.IsRefused(await PostAsync(client, Move(late, "Chase"))));

        Assert.False(await factory.WithDbAsync(db => db.SupervisionItems.AnyAsync(s => s.Title == "越权交办")));
        Assert.Equal(SupervisionState.Reported, (await LoadAsync(factory, reported)).State);
        Assert.Equal(0, (await LoadAsync(factory, late)).ChaseCount);
        Assert.Equal(entries, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(SupervisionItem))));

        // Nor does the office do the unit's work.
        var office = await SignedInAsync(factory, "sv-perm-office", "dept-drc", Roles.ProgrammeOffice);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostAsync(office, Move(late, "Report"), new() { ["Text"] = "代为报送" })).StatusCode);
    }

    [Fact]
    public async Task Chasing_an_overdue_item_counts_once_a_day()
    {
        factory.Clock.Set(July10);
        var item = await ItemAsync(factory, "370211", "催办 逾期事项", new DateOnly(2023, 7, 5));
        var notDue = await ItemAsync(factory, "370211", "催办 未到期事项", new DateOnly(2023, 7, 10));
        var office = await SignedInAsync(factory, "sv-chase-office", "dept-drc", Roles.ProgrammeOffice);

        Redirected(await PostAsync(office, Move(item, "Chase")));
        var once = await LoadAsync(factory, item);
        Assert.Equal((1, new DateOnly(2023, 7, 10)), (once.ChaseCount, once.LastChasedOn!.Value));
        Assert.DoesNotContain("handler=Chase", await office.GetStringAsync($"/Programme/Supervision/Edit?id={item}"), StringComparison.Ordinal);
        var again = await PostAsync(office, Move(item, "Chase"));
        Assert.Contains("今天已催办，每天最多催办一次", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, (await LoadAsync(factory, item)).ChaseCount);

        var early = await PostAsync(office, Move(notDue, "Chase"));
        Assert.Contains("未逾期的事项无需催办", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await LoadAsync(factory, notDue)).ChaseCount);

        factory.Clock.Set(CityDay(7, 11));
        var nextDay = await SignedInAsync(factory, "sv-chase-office-2", "dept-drc", Roles.ProgrammeOffice);
        Redirected(await PostAsync(nextDay, Move(item, "Chase")));
        var twice = await LoadAsync(factory, item);
        Assert.Equal((2, new DateOnly(2023, 7, 11)), (twice.ChaseCount, twice.LastChasedOn!.Value));
        Assert.Contains("data-testid=\"chase-count\">2", await nextDay.GetStringAsync($"/Programme/Supervision/Edit?id={item}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_extension_asked_for_in_time_is_granted_and_one_asked_too_late_is_refused()
    {
        factory.Clock.Set(July10);
        var item = await ItemAsync(factory, "370211", "延期 在时限内申请", new DateOnly(2023, 7, 12), SupervisionState.Acknowledged);
        var lateItem = await ItemAsync(factory, "370211", "延期 过期后申请", new DateOnly(2023, 7, 9), SupervisionState.Acknowledged);
        var unit = await SignedInAsync(factory, "sv-ext-district", "370211", Roles.DistrictStaff);
        var office = await SignedInAsync(factory, "sv-ext-office", "dept-drc", Roles.ProgrammeOffice);

        var early = await PostAsync(unit, Move(item, "Extension"), new() { ["NewDueOn"] = "2023-07-12", ["Text"] = "等待省厅批复" });
        Assert.Contains("延期后的办结时限须晚于原办结时限", await early.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Redirected(await PostAsync(unit, Move(item, "Extension"), new() { ["NewDueOn"] = "2023-07-31", ["Text"] = "等待省厅批复" }));
        Assert.Contains("data-testid=\"pending-extension\"", await office.GetStringAsync($"/Programme/Supervision/Edit?id={item}"), StringComparison.Ordinal);

        // The office decides after the old due date: the request was made in time.
        factory.Clock.Set(CityDay(7, 14));
        office = await SignedInAsync(factory, "sv-ext-office-2", "dept-drc", Roles.ProgrammeOffice);
        unit = await SignedInAsync(factory, "sv-ext-district-2", "370211", Roles.DistrictStaff);
        Redirected(await PostAsync(office, Move(item, "Grant")));
        var granted = await LoadAsync(factory, item);
        Assert.Equal(new DateOnly(2023, 7, 31), granted.DueOn);
        Assert.Contains("【同意延期 2023-07-14 sv-ext-office-2】办结时限 2023-07-12 延至 2023-07-31", granted.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"overdue\"", await unit.GetStringAsync($"/Programme/Supervision/Edit?id={item}"), StringComparison.Ordinal);

        var tooLate = await PostAsync(unit, Move(lateItem, "Extension"), new() { ["NewDueOn"] = "2023-07-31", ["Text"] = "补申请" });
        Assert.Contains("已过办结时限，不能再申请延期", await tooLate.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var unchanged = await LoadAsync(factory, lateItem);
        Assert.Equal((new DateOnly(2023, 7, 9), null), (unchanged.DueOn, unchanged.Detail));
        var grant = await PostAsync(office, Move(lateItem, "Grant"));
        Assert.Contains("没有待审批的延期申请", await grant.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Raise_from_an_indicator_assigns_it_to_the_lead_unit_once()
    {
        factory.Clock.Set(July10);
        var indicator = await factory.WithDbAsync(db => db.Indicators.AsNoTracking().SingleAsync(i => i.Code == "tax-buildings"));
        var office = await SignedInAsync(factory, "sv-raise-office", "dept-drc", Roles.ProgrammeOffice);
        var form = $"/Programme/Supervision/Edit?indicatorId={indicator.Id}";

        var html = await office.GetStringAsync(form);
        Assert.Contains($"value=\"{indicator.Name}\"", html, StringComparison.Ordinal);
        Assert.Contains("市商务局", html, StringComparison.Ordinal);
        Redirected(await Browser.PostFormAsync(office, form, new Dictionary<string, string>
        {
            ["Input.Title"] = indicator.Name, ["Input.DueOn"] = "2023-07-25", ["Input.Detail"] = "6月进度滞后，请提出追赶措施",
            // Posted values cannot move it elsewhere: source and unit come from the indicator.
            ["Input.Source"] = SupervisionNames.Meeting, ["Input.OwnerUnitId"] = Id(await UnitAsync(factory, "370215")),
        }));
        var item = await factory.WithDbAsync(db => db.SupervisionItems.AsNoTracking().SingleAsync(s => s.IndicatorId == indicator.Id));
        Assert.Equal((SupervisionNames.IndicatorAlert, indicator.LeadUnitId!.Value, indicator.Name, 2023),
            (item.Source, item.OwnerUnitId, item.Title, item.Year));
        Assert.Contains(indicator.Name, await office.GetStringAsync($"/Programme/Supervision/Edit?id={item.Id}"), StringComparison.Ordinal);

        var twice = await Browser.PostFormAsync(office, form, new Dictionary<string, string> { ["Input.DueOn"] = "2023-07-25" });
        Assert.Contains("该指标已有未办结的督办事项", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDbAsync(db => db.SupervisionItems.CountAsync(s => s.IndicatorId == indicator.Id)));

        var district = await SignedInAsync(factory, "sv-raise-district", "370211", Roles.DistrictStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.GetAsync(form)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await office.GetAsync("/Programme/Supervision/Edit?indicatorId=999999")).StatusCode);
    }

    [Fact]
    public async Task Invalid_input_gets_Chinese_messages_and_writes_nothing()
    {
        factory.Clock.Set(July10);
        var office = await SignedInAsync(factory, "sv-invalid", "dept-drc", Roles.ProgrammeOffice);
        var entries = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(SupervisionItem)));
        var items = await factory.WithDbAsync(db => db.SupervisionItems.CountAsync());

        var response = await Browser.PostFormAsync(office, "/Programme/Supervision/Edit", new Dictionary<string, string>
        {
            ["Input.Title"] = "", ["Input.Source"] = SupervisionNames.IndicatorAlert, ["Input.OwnerUnitId"] = Id(await UnitAsync(factory, "park-01")), ["Input.DueOn"] = "2023-07-09",
        });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("请填写督办事项", html, StringComparison.Ordinal);
        Assert.Contains("办结时限不能早于今天", html, StringComparison.Ordinal);
        Assert.Contains("承办单位须为区市或市直部门", html, StringComparison.Ordinal);
        Assert.Contains("来源无效", html, StringComparison.Ordinal);

        var missing = await Browser.PostFormAsync(office, "/Programme/Supervision/Edit", new Dictionary<string, string>
        {
            ["Input.Title"] = new string('长', 201), ["Input.OwnerUnitId"] = "0",
        });
        var missingHtml = await missing.Content.ReadAsStringAsync();
        Assert.Contains("督办事项不超过200字", missingHtml, StringComparison.Ordinal);
        Assert.Contains("请选择承办单位", missingHtml, StringComparison.Ordinal);
        Assert.Contains("请填写办结时限", missingHtml, StringComparison.Ordinal);
        Assert.Contains("请选择来源", missingHtml, StringComparison.Ordinal);

        var item = await ItemAsync(factory, "370211", "校验 待报送", new DateOnly(2023, 7, 30), SupervisionState.Acknowledged);
        var unit = await SignedInAsync(factory, "sv-invalid-district", "370211", Roles.DistrictStaff);
        var report = await PostAsync(unit, Move(item, "Report"), new() { ["Text"] = "  " });
        Assert.Contains("请填写办理情况", await report.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((SupervisionState.Acknowledged, null), ((await LoadAsync(factory, item)).State, (await LoadAsync(factory, item)).Report));

        Assert.Equal(items + 1, await factory.WithDbAsync(db => db.SupervisionItems.CountAsync()));
        Assert.Equal(entries + 1, await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(SupervisionItem))));
    }

    private static bool Ordered(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            at = text.IndexOf(part, at, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }
            at += part.Length;
        }
        return true;
    }
}
