using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Tests.Projects;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Programme;

/// <summary>The plan is the city's: a district reads the same computed figures as the office (they are
/// judged against the city's targets), while its dashboard shows its own figures without those targets.</summary>
public sealed class PlanScopeTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static Dictionary<string, decimal?> Computed(JsonElement plan) => plan.GetProperty("battles").EnumerateArray()
        .SelectMany(b => b.GetProperty("tasks").EnumerateArray()).SelectMany(t => t.GetProperty("indicators").EnumerateArray())
        .Where(i => i.GetProperty("computedRule").ValueKind == JsonValueKind.String)
        .ToDictionary(i => i.GetProperty("computedRule").GetString()!, i => i.GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? (decimal?)v.GetDecimal() : null);

    [Theory]
    [InlineData("370211")]
    [InlineData("370283")]
    public async Task A_district_reads_the_citys_computed_figures_on_the_plan(string district)
    {
        var office = await ApiAsync($"plan-scope-office-{district}", "dept-drc", Roles.ProgrammeOffice);
        var staff = await ApiAsync($"plan-scope-{district}", district, Roles.DistrictStaff);

        var cityPlan = Computed(await office.GetFromJsonAsync<JsonElement>("/api/programme/plan?year=2023"));
        var districtPlan = Computed(await staff.GetFromJsonAsync<JsonElement>("/api/programme/plan?year=2023"));

        Assert.NotEmpty(cityPlan);
        Assert.Equal(cityPlan, districtPlan);
        Assert.Equal(363m, cityPlan["key-projects-count"]);

        // Its dashboard stays its own: fewer key projects than the city, and no city target beside them.
        var dashboard = await staff.GetFromJsonAsync<JsonElement>("/api/dashboard?year=2023");
        var count = dashboard.GetProperty("headlines").EnumerateArray().Single(h => h.GetProperty("key").GetString() == "key-projects");
        Assert.InRange(count.GetProperty("value").GetDecimal(), 1m, 362m);
        Assert.Equal(JsonValueKind.Null, count.GetProperty("target").ValueKind);
    }
}
