using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Chains;

/// <summary>What a user may send to a chain and what is refused, by field; the team set by whoever may.</summary>
public sealed partial class ChainsTests
{
    [Fact]
    public async Task A_node_is_refused_by_field_for_what_a_user_can_send_and_never_answers_500()
    {
        var api = await ApiUserAsync("node-rules", "dept-miit", Roles.DepartmentStaff);
        var root = await api.PostAsJsonAsync($"/api/chains/{_ic}/nodes", new { name = "规则 根", segment = 0 });
        var rootId = (await root.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
        var child = await api.PostAsJsonAsync($"/api/chains/{_ic}/nodes", new { name = "规则 子", segment = 0, parentId = rootId });
        var childId = (await child.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();

        (object Body, string Field)[] bad =
        [
            (new { name = "规则 根", segment = 0 }, "Name"),
            (new { name = "", segment = 0 }, "Name"),
            (new { name = new string('长', 101), segment = 0 }, "Name"),
            (new { name = "规则 错位", segment = 2, parentId = rootId }, "ParentId"),
            (new { name = "规则 外链", segment = 0, parentId = _gap }, "ParentId"),
            (new { name = "规则 段", segment = 7 }, "Segment"),
            (new { name = "规则 状态", segment = 0, status = 9 }, "Status"),
            (new { name = "规则 企业", segment = 0, firmIds = new[] { 987654 } }, "FirmIds"),
        ];
        foreach (var (body, field) in bad)
        {
            var response = await api.PostAsJsonAsync($"/api/chains/{_ic}/nodes", body);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains($"\"{field}\"", await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        // A loop: the root moved under its own child; a change without the version read; a node with nodes below it kept.
        var loop = await api.PutAsJsonAsync($"/api/chains/{_ic}/nodes/{rootId}", new { name = "规则 根", segment = 0, parentId = childId, version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, loop.StatusCode);
        var unversioned = await api.PutAsJsonAsync($"/api/chains/{_ic}/nodes/{rootId}", new { name = "规则 根", segment = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, unversioned.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.DeleteAsync($"/api/chains/{_ic}/nodes/{rootId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync("/api/chains/999999/nodes", new { name = "x", segment = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.DeleteAsync($"/api/chains/{_ic}/nodes/{childId}")).StatusCode);
        // An entered output needs its source.
        var noSource = await api.PutAsJsonAsync($"/api/chains/{_ic}/years/2030", new { enteredOutput = 1000m });
        Assert.Equal(HttpStatusCode.BadRequest, noSource.StatusCode);
        Assert.Contains("EnteredSource", await noSource.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_team_is_set_by_the_programme_office_and_refused_to_others()
    {
        var aviation = await ChainsWorld.ChainAsync(factory, "通用航空");
        var (chief, vice) = await factory.WithDbAsync(async db =>
        {
            var a = new Leader { Name = "链测试 航空链长" };
            var b = new Leader { Name = "链测试 航空副链长" };
            db.Leaders.AddRange(a, b);
            await db.SaveChangesAsync();
            return (a.Id, b.Id);
        });
        var miit = await ChainsWorld.UnitAsync(factory, "dept-miit");
        var science = await ChainsWorld.UnitAsync(factory, "dept-science");
        var team = new { chiefLeaderId = chief, viceLeaderIds = new[] { vice }, leadUnitId = miit, unitIds = new[] { science } };

        var outsider = await ApiUserAsync("team-outsider", "dept-miit", Roles.DepartmentStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PutAsJsonAsync($"/api/chains/{aviation}/team", team)).StatusCode);
        var office = await ApiUserAsync("team-office", "dept-drc", Roles.ProgrammeOffice);
        var saved = await office.PutAsJsonAsync($"/api/chains/{aviation}/team", team);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var bad = await office.PutAsJsonAsync($"/api/chains/{aviation}/team", new { chiefLeaderId = 999999, unitIds = new[] { 999999 } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var detail = await JsonAsync(office, $"/api/chains/{aviation}?year={Year}");
        Assert.Equal("链测试 航空链长", detail.GetProperty("chief").GetString());
        Assert.Equal(["链测试 航空副链长"], detail.GetProperty("viceChiefs").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(miit, detail.GetProperty("leadUnitId").GetInt32());
        Assert.Equal(2, detail.GetProperty("units").GetArrayLength());
        // Now the lead department's staff is in the task force and may draw the map.
        Assert.Equal(HttpStatusCode.OK, (await outsider.PostAsJsonAsync($"/api/chains/{aviation}/nodes", new { name = "链测试 航电", segment = 0 })).StatusCode);
    }
}
