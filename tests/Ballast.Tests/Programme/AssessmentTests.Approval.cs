using System.Net;
using System.Net.Http.Json;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;
using static Ballast.Web.Features.Programme.AssessmentApi;

namespace Ballast.Tests.Programme;

/// <summary>After publication a weight changes only when a second office user approves the request.</summary>
public sealed partial class AssessmentTests
{
    [Fact]
    public async Task A_published_weight_changes_only_when_another_office_user_approves()
    {
        var first = await ApiAsync("as-first", "dept-drc", Roles.ProgrammeOffice);
        var second = await ApiAsync("as-second", "dept-drc", Roles.ProgrammeOffice);
        var firstPage = await PageAsync("as-first-page", "dept-drc", Roles.ProgrammeOffice);
        var district = await ApiAsync("as-approve-district", "370211", Roles.DistrictStaff);
        await ResultsAsync(first, UnitKind.District);
        await PublishAsync(firstPage, UnitKind.District);
        var item = Assert.Single((await SchemeAsync(UnitKind.District)).Items);
        var before = item.Weight;
        Task<decimal> WeightAsync() => factory.WithDbAsync(db => db.AssessmentItems.Where(i => i.Id == item.Id).Select(i => i.Weight).SingleAsync());

        // Published: the page refuses a direct change.
        var direct = await PostAsync(firstPage, "/Programme/Assessment/Items?handler=Weight&year=2023&kind=District", ("itemId", Id(item.Id)), ("weight", "50"));
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Contains("方案已发布，调整权重须提出申请，经另一名办公室人员审批后生效", await direct.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await WeightAsync());

        var noReason = await first.PostAsJsonAsync("/api/programme/assessment/weight-changes", new NewWeightChange(item.Id, before + 20m, " "));
        Assert.Equal("请填写调整理由", await ErrorAsync(noReason));
        var asked = await first.PostAsJsonAsync("/api/programme/assessment/weight-changes", new NewWeightChange(item.Id, before + 20m, "重点项目投资是今年考核重点"));
        Assert.Equal(HttpStatusCode.Created, asked.StatusCode);
        var requestId = (await asked.Content.ReadFromJsonAsync<Created>())!.Id;
        var twice = await second.PostAsJsonAsync("/api/programme/assessment/weight-changes", new NewWeightChange(item.Id, before + 30m, "另一项"));
        Assert.Equal("该项目已有待审批的权重调整申请", await ErrorAsync(twice));

        // The requester may not approve; nor may a district; the weight stays until another office user does.
        var own = await first.PostAsync($"/api/programme/assessment/weight-changes/{requestId}/approve", null);
        Assert.Equal(HttpStatusCode.BadRequest, own.StatusCode);
        Assert.Equal("不能审批本人提出的申请，须由另一名办公室人员审批", await ErrorAsync(own));
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostAsync($"/api/programme/assessment/weight-changes/{requestId}/approve", null)).StatusCode);
        Assert.Equal(before, await WeightAsync());

        var approved = await second.PostAsync($"/api/programme/assessment/weight-changes/{requestId}/approve", null);
        Assert.Equal(HttpStatusCode.NoContent, approved.StatusCode);
        Assert.Equal(before + 20m, await WeightAsync());
        var request = await factory.WithDbAsync(db => db.WeightChangeRequests.AsNoTracking().SingleAsync(r => r.Id == requestId));
        Assert.Equal((ChangeRequestState.Approved, "as-first", "as-second", before, before + 20m),
            (request.State, request.RequestedBy, request.DecidedBy, request.FromWeight, request.ToWeight));
        Assert.Equal("该申请已处理", await ErrorAsync(await second.PostAsync($"/api/programme/assessment/weight-changes/{requestId}/approve", null)));

        // Every step is in the audit trail, by the person who took it.
        var key = Id(requestId);
        var trail = await factory.WithDbAsync(db => db.AuditEntries.AsNoTracking()
            .Where(e => (e.EntityType == nameof(WeightChangeRequest) && e.EntityKey == key) || (e.EntityType == nameof(AssessmentItem) && e.EntityKey == Id(item.Id)))
            .OrderBy(e => e.Id).Select(e => new { e.EntityType, e.Action, e.UserName, e.After }).ToListAsync());
        Assert.Contains(trail, e => e.EntityType == nameof(WeightChangeRequest) && e.Action == AuditActions.Create && e.UserName == "as-first");
        Assert.Contains(trail, e => e.EntityType == nameof(WeightChangeRequest) && e.Action == AuditActions.Update && e.UserName == "as-second"
            && e.After!.Contains("\"DecidedBy\":\"as-second\"", StringComparison.Ordinal));
        Assert.Contains(trail, e => e.EntityType == nameof(AssessmentItem) && e.Action == AuditActions.Update && e.UserName == "as-second");

        // A request made on the page and rejected by the other user leaves the weight as it was.
        var onPage = await PostAsync(firstPage, "/Programme/Assessment/Items?handler=Request&year=2023&kind=District",
            ("itemId", Id(item.Id)), ("weight", "1"), ("reason", "试算"));
        Assert.Equal(HttpStatusCode.Redirect, onPage.StatusCode);
        var pending = await factory.WithDbAsync(db => db.WeightChangeRequests.Where(r => r.ItemId == item.Id && r.State == ChangeRequestState.Pending).Select(r => r.Id).SingleAsync());
        var ownOnPage = await PostAsync(firstPage, "/Programme/Assessment/Items?handler=Decide&year=2023&kind=District", ("requestId", Id(pending)), ("approve", "false"));
        Assert.Contains("不能审批本人提出的申请", await ownOnPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, (await second.PostAsync($"/api/programme/assessment/weight-changes/{pending}/reject", null)).StatusCode);
        Assert.Equal(before + 20m, await WeightAsync());
        var listed = (await second.GetFromJsonAsync<List<RequestDto>>("/api/programme/assessment/weight-changes?year=2023&kind=District", Json))!;
        Assert.Equal([ChangeRequestState.Rejected, ChangeRequestState.Approved], listed.Where(r => r.ItemId == item.Id).Take(2).Select(r => r.State));
    }

    private sealed record Created(int Id);
}
