using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using static Ballast.Tests.Parks.Profile.ParkSetup;

namespace Ballast.Tests.Parks.Profile;

/// <summary>Firms entering and leaving parks through the API: one park at a time, the refusal names the other
/// park, leaving needs its reason, history is kept, and a firm may enter another park after it left.</summary>
public sealed class ParkFirmsTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task A_firm_sits_in_one_park_leaves_with_its_reason_and_may_enter_another()
    {
        var first = await ParkAsync(factory, "park-02");
        var second = await ParkAsync(factory, "park-03");
        var firm = await FirmAsync(factory, "入园测试企业", "370211");
        var api = await Browser.WithTokenAsync(factory, "firms-office", await factory.CreateUserAsync("firms-office", "dept-drc", Roles.ProgrammeOffice));

        var entered = await api.PostAsJsonAsync($"/api/parks/{Id(first)}/firms", new EnterInput { EnterpriseId = firm, EnteredOn = new DateOnly(2021, 5, 1) });
        Assert.Equal(HttpStatusCode.Created, entered.StatusCode);
        var stay = await JsonAsync(entered);

        var twice = await api.PostAsJsonAsync($"/api/parks/{Id(second)}/firms", new EnterInput { EnterpriseId = firm, EnteredOn = new DateOnly(2022, 1, 1) });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains("青岛集成电路产业园", (await JsonAsync(twice)).GetProperty("errors").GetProperty("EnterpriseId")[0].GetString(), StringComparison.Ordinal);

        var leaveUrl = $"/api/parks/{Id(first)}/firms/{Id(stay.GetProperty("id").GetInt32())}/leave";
        var noReason = await api.PostAsJsonAsync(leaveUrl, new LeaveInput { LeftOn = new DateOnly(2023, 3, 1), Reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await JsonAsync(noReason)).GetProperty("errors").TryGetProperty("Reason", out _));
        var early = await api.PostAsJsonAsync(leaveUrl, new LeaveInput { LeftOn = new DateOnly(2020, 3, 1), Reason = "迁出" });
        Assert.True((await JsonAsync(early)).GetProperty("errors").TryGetProperty("LeftOn", out _));

        var left = await api.PostAsJsonAsync(leaveUrl, new LeaveInput { LeftOn = new DateOnly(2023, 3, 1), Reason = "亩均评价D类，协商退出", Version = stay.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, left.StatusCode);
        Assert.Equal("亩均评价D类，协商退出", (await JsonAsync(left)).GetProperty("exitReason").GetString());

        var before = await api.PostAsJsonAsync($"/api/parks/{Id(second)}/firms", new EnterInput { EnterpriseId = firm, EnteredOn = new DateOnly(2023, 2, 1) });
        Assert.True((await JsonAsync(before)).GetProperty("errors").TryGetProperty("EnteredOn", out _));
        var again = await api.PostAsJsonAsync($"/api/parks/{Id(second)}/firms", new EnterInput { EnterpriseId = firm, EnteredOn = new DateOnly(2023, 4, 1) });
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);

        var history = await JsonAsync(await api.GetAsync($"/api/parks/{Id(first)}/firms"));
        var kept = Assert.Single(history.EnumerateArray(), m => m.GetProperty("enterpriseId").GetInt32() == firm);
        Assert.Equal("2023-03-01", kept.GetProperty("leftOn").GetString());
    }

    [Fact]
    public async Task A_park_operator_enters_a_firm_of_its_district_into_its_own_park_only()
    {
        var own = await ParkAsync(factory, "park-01");
        var other = await ParkAsync(factory, "park-08");
        var firm = await FirmAsync(factory, "园区运营测试企业", "370212");
        var api = await Browser.WithTokenAsync(factory, "firms-operator", await factory.CreateUserAsync("firms-operator", "park-01", Roles.ParkOperator));
        Assert.Equal(HttpStatusCode.Forbidden,
            (await api.PostAsJsonAsync($"/api/parks/{Id(other)}/firms", new EnterInput { EnterpriseId = firm, EnteredOn = new DateOnly(2023, 1, 1) })).StatusCode);
        Assert.Equal(HttpStatusCode.Created,
            (await api.PostAsJsonAsync($"/api/parks/{Id(own)}/firms", new EnterInput { EnterpriseId = firm, EnteredOn = new DateOnly(2023, 1, 1) })).StatusCode);
        var unknown = await api.PostAsJsonAsync($"/api/parks/{Id(own)}/firms", new EnterInput { Uscc = "91370200MA00000000", EnteredOn = new DateOnly(2023, 1, 1) });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
    }
}
