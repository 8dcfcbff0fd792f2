using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Compendium.PolicyClient;

namespace Ballast.Tests.Compendium;

/// <summary>The save path through the API on the real database: codes, 文号 uniqueness, scope, status history.</summary>
public sealed class PolicyApiTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task The_public_code_is_drawn_once_and_survives_edits_and_status_changes()
    {
        var office = await AsAsync(factory, "pol-code", "dept-drc", Roles.ProgrammeOffice);
        var created = await CreateAsync(office, Input("编码稳定测试政策", "青政发[2023]91号"));
        Assert.True(PolicyCodes.IsWellFormed(created.Code));
        Assert.Equal("青政发〔2023〕91号", created.DocumentNumber);

        var edit = Input("编码稳定测试政策（修订）", "青政发〔2023〕91号");
        edit.Version = created.Version;
        var updated = await office.PutAsJsonAsync($"/api/policies/{created.Id}", edit, Json);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var after = (await updated.Content.ReadFromJsonAsync<PolicyDto>(Json))!;
        var repealed = await office.PostAsJsonAsync($"/api/policies/{created.Id}/status",
            new StatusInput { To = PolicyStatus.Repealed, Reason = "青政发〔2024〕1号废止", Version = after.Version }, Json);
        Assert.Equal(HttpStatusCode.OK, repealed.StatusCode);
        var final = (await repealed.Content.ReadFromJsonAsync<PolicyDto>(Json))!;
        Assert.Equal((created.Code, PolicyStatus.Repealed), (final.Code, final.Status));

        var stale = await office.PutAsJsonAsync($"/api/policies/{created.Id}", edit, Json);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task A_number_in_force_is_unique_per_issuer_and_the_refusal_names_the_other()
    {
        var office = await AsAsync(factory, "pol-unique", "dept-drc", Roles.ProgrammeOffice);
        var first = await CreateAsync(office, Input("唯一性测试原政策", "青政发〔2023〕77号"));
        var again = await office.PostAsJsonAsync("/api/policies", Input("唯一性测试重复", "青政发【2023】77号"), Json);
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("唯一性测试原政策", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Another issuer may use the same number; so may a new policy once the old one is no longer in force.
        await CreateAsync(office, Input("另一发文机关", "青政发〔2023〕77号", issuer: "青岛市商务局"));
        var gone = await office.PostAsJsonAsync($"/api/policies/{first.Id}/status",
            new StatusInput { To = PolicyStatus.Repealed, Reason = "废止", Version = first.Version }, Json);
        Assert.Equal(HttpStatusCode.OK, gone.StatusCode);
        await CreateAsync(office, Input("唯一性测试重新发布", "青政发〔2023〕77号"));
    }

    [Fact]
    public async Task Replacement_names_a_policy_in_force_never_itself_nor_a_circle_and_history_is_kept()
    {
        var office = await AsAsync(factory, "pol-replace", "dept-drc", Roles.ProgrammeOffice);
        var a = await CreateAsync(office, Input("替代测试A"));
        var b = await CreateAsync(office, Input("替代测试B"));
        async Task<HttpResponseMessage> Replace(PolicyDto p, int? by) => await office.PostAsJsonAsync($"/api/policies/{p.Id}/status",
            new StatusInput { To = PolicyStatus.Replaced, ReplacedById = by, Version = (await ListAsync(office, "?q=" + p.Title)).Single().Version }, Json);

        Assert.Equal(HttpStatusCode.BadRequest, (await Replace(a, null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Replace(a, a.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await Replace(a, 999_999)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Replace(a, b.Id)).StatusCode);
        // A is no longer in force: B cannot be replaced by it (and the circle is refused either way).
        var back = await Replace(b, a.Id);
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);

        var history = await factory.WithDbAsync(db => db.PolicyStatusChanges.Where(c => c.PolicyId == a.Id).ToListAsync());
        var change = Assert.Single(history);
        Assert.Equal((PolicyStatus.InForce, PolicyStatus.Replaced, b.Id, "pol-replace"), (change.FromStatus, change.ToStatus, change.ReplacedById, change.ByUser));
        Assert.Equal(b.Id, (await ListAsync(office, "?q=替代测试A")).Single().ReplacedById);
    }

    [Fact]
    public async Task A_policy_past_its_expiry_reads_as_expired()
    {
        factory.Clock.Set(new DateTimeOffset(2024, 3, 1, 2, 0, 0, TimeSpan.Zero));
        var office = await AsAsync(factory, "pol-expiry", "dept-drc", Roles.ProgrammeOffice);
        var input = Input("到期测试政策");
        input.ExpiresOn = new DateOnly(2023, 12, 31);
        var p = await CreateAsync(office, input);
        Assert.Equal(PolicyStatus.Expired, p.Status);
        Assert.Contains(await ListAsync(office, "?Status=Expired"), x => x.Id == p.Id);
        Assert.DoesNotContain(await ListAsync(office, "?Status=InForce"), x => x.Id == p.Id);
    }

    [Fact]
    public async Task A_district_keeps_its_own_policies_and_cannot_enter_city_ones()
    {
        var district = await AsAsync(factory, "pol-district", "370211", Roles.DistrictStaff);
        var other = await AsAsync(factory, "pol-jimo", "370215", Roles.DistrictStaff);
        var area = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync());
        var city = await district.PostAsJsonAsync("/api/policies", Input("区市录入市级政策"), Json);
        Assert.Equal(HttpStatusCode.Forbidden, city.StatusCode);

        var own = Input("西海岸新区人才政策", "西政发〔2023〕8号", issuer: "青岛西海岸新区管委");
        own.Level = PolicyLevel.District;
        own.AreaUnitId = area;
        var created = await CreateAsync(district, own);
        var owner = await factory.WithDbAsync(db => db.Policies.Where(p => p.Id == created.Id).Select(p => p.OwnerUnitId).SingleAsync());
        Assert.Equal(area, owner);

        own.Version = created.Version;
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync($"/api/policies/{created.Id}", own, Json)).StatusCode);
        // Everyone signed in reads it.
        Assert.Contains(await ListAsync(other, "?q=西海岸新区人才"), x => x.Id == created.Id);
    }

    [Fact]
    public async Task References_that_do_not_exist_are_refused_by_field()
    {
        var office = await AsAsync(factory, "pol-refs", "dept-drc", Roles.ProgrammeOffice);
        var input = Input("引用测试");
        input.DivisionCodes = ["99"];
        var bad = await office.PostAsJsonAsync("/api/policies", input, Json);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("DivisionCodes", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        input.DivisionCodes = ["39"];
        input.ChainIds = [int.MaxValue];
        var chain = await office.PostAsJsonAsync("/api/policies", input, Json);
        Assert.Equal(HttpStatusCode.BadRequest, chain.StatusCode);
        input.ChainIds = [await factory.WithDbAsync(db => db.Chains.Select(c => c.Id).FirstAsync())];
        var ok = await CreateAsync(office, input);
        Assert.Equal(["39"], ok.DivisionCodes);
        Assert.Equal(input.ChainIds, ok.ChainIds);
        Assert.Equal(HttpStatusCode.BadRequest, (await office.PostAsJsonAsync("/api/policies",
            JsonSerializer.Deserialize<JsonElement>("{\"title\":\"\",\"issuer\":\"x\"}"), Json)).StatusCode);
    }
}
