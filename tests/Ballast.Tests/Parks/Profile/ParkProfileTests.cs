using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using static Ballast.Tests.Parks.Profile.ParkSetup;

namespace Ballast.Tests.Parks.Profile;

/// <summary>A park's profile through the API: each refusal names its field, one chain leads one park, writes follow
/// scope (the park's own operator, its district, the programme office), and a stale version is a conflict.</summary>
public sealed class ParkProfileTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static ParkInput Valid(int? version = null) => new()
    {
        PlannedAreaMu = 1000m, UsedAreaMu = 400m, ListedOn = new DateOnly(2023, 3, 1), Status = ParkStatus.Listed, Version = version,
    };

    public static TheoryData<string, decimal?, decimal?, DateOnly?, ParkStatus> Refusals() => new()
    {
        { "UsedAreaMu", 100m, 100.01m, new DateOnly(2023, 1, 1), ParkStatus.Listed },
        { "UsedAreaMu", 0m, 5m, null, ParkStatus.Preparing },
        { "ListedOn", 100m, 50m, null, ParkStatus.Listed },
        { "Status", 100m, 50m, new DateOnly(2022, 5, 1), ParkStatus.Preparing },
        { "ListedOn", 100m, 50m, new DateOnly(1999, 12, 31), ParkStatus.Listed },
        { "PlannedAreaMu", -1m, null, null, ParkStatus.Preparing },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_profile_names_the_field_and_saves_nothing(string field, decimal? planned, decimal? used, DateOnly? listed, ParkStatus status)
    {
        var park = await ParkAsync(factory, "park-05");
        var api = await ApiAsync($"prof-{field}-{planned}-{used}-{listed:yyyyMMdd}-{status}".ToLowerInvariant().Replace('.', '-'), "dept-drc", Roles.ProgrammeOffice);
        var before = await factory.WithDbAsync(db => Task.FromResult(db.Parks.Single(p => p.Id == park).Version));
        var r = await api.PutAsJsonAsync($"/api/parks/{Id(park)}",
            new ParkInput { PlannedAreaMu = planned, UsedAreaMu = used, ListedOn = listed, Status = status, Version = before });
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        Assert.True((await JsonAsync(r)).GetProperty("errors").TryGetProperty(field, out _), await r.Content.ReadAsStringAsync());
        Assert.Equal(before, await factory.WithDbAsync(db => Task.FromResult(db.Parks.Single(p => p.Id == park).Version)));
    }

    [Fact]
    public async Task One_chain_leads_one_park_and_the_refusal_names_the_other_park()
    {
        var chain = await ChainAsync(factory, "人工智能");
        await ParkAsync(factory, "park-04", new ParkInput { ChainId = chain });
        var other = await ParkAsync(factory, "park-06");
        var api = await ApiAsync("prof-chain", "dept-drc", Roles.ProgrammeOffice);
        var input = Valid(1);
        input.ChainId = chain;
        var r = await api.PutAsJsonAsync($"/api/parks/{Id(other)}", input);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var message = (await JsonAsync(r)).GetProperty("errors").GetProperty("ChainId")[0].GetString();
        Assert.Contains("青岛人工智能产业园", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("park-01", Roles.ParkOperator, true)]
    [InlineData("370212", Roles.DistrictStaff, true)]
    [InlineData("dept-drc", Roles.ProgrammeOffice, true)]
    [InlineData("park-02", Roles.ParkOperator, false)]
    [InlineData("370211", Roles.DistrictStaff, false)]
    public async Task The_park_its_district_and_the_office_write_others_read_only(string unit, string role, bool writes)
    {
        var park = await ParkAsync(factory, "park-01");
        var api = await ApiAsync($"prof-scope-{unit}-{role}".ToLowerInvariant(), unit, role);
        var got = await api.GetAsync($"/api/parks/{Id(park)}");
        Assert.Equal(HttpStatusCode.OK, got.StatusCode);
        var version = (await JsonAsync(got)).GetProperty("version").GetInt32();
        var r = await api.PutAsJsonAsync($"/api/parks/{Id(park)}", Valid(version));
        Assert.Equal(writes ? HttpStatusCode.OK : HttpStatusCode.Forbidden, r.StatusCode);
    }

    [Fact]
    public async Task A_stale_version_is_a_conflict()
    {
        var park = await ParkAsync(factory, "park-07");
        var api = await ApiAsync("prof-conflict", "dept-drc", Roles.ProgrammeOffice);
        var version = (await JsonAsync(await api.GetAsync($"/api/parks/{Id(park)}"))).GetProperty("version").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"/api/parks/{Id(park)}", Valid(version))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PutAsJsonAsync($"/api/parks/{Id(park)}", Valid(version))).StatusCode);
    }
}
