using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Parks.PerMu;

/// <summary>The worked example of docs/permu.md end to end through the API, as an integration would: firms and their
/// figures through /api/enterprises, schemes and runs through /api/permu, grades compared with hand computations
/// under both scoring and both grading methods; then review by a second person, publication, freezing and rerun.</summary>
public sealed class PerMuApiTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const string District = "370203";

    /// <summary>Tax (万元) and R&amp;D (万元) with revenue 3,000 and 10 亩; F10's land comes from the registry, F11 is two months
    /// old, F12 has no land anywhere.</summary>
    private static readonly (string Name, decimal Tax, decimal Rd)[] Firms =
    [
        ("F01", 200, 90), ("F02", 120, 90), ("F03", 120, 90), ("F04", 120, 90), ("F05", 100, 60), ("F06", 80, 30), ("F07", 60, 30),
        ("F08", 50, 30), ("F09", 40, 0), ("F10", 20, 15), ("F11", 500, 90), ("F12", 100, 60), ("F13", 20, 0),
    ];

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static object Indicator(string code, string formula, decimal weight, decimal benchmark) =>
        new { group = "AboveScale", code, name = code == "tax" ? "单位用地税收" : "研发经费投入强度", formula, weight, benchmark, ratioCap = 1.5m };

    private static object Scheme(string name, string scoring, string grading, decimal a, decimal b, decimal c) => new
    {
        year = 2023, name, scoring, grading, cutA = a, cutB = b, cutC = c, exemptYoungerThanYears = 2, scopeDivisions = "13-43", rankGroupsApart = true,
        indicators = new[] { Indicator("tax", "TaxPaid / LandMu", 60, 10), Indicator("rd", "RdSpending / Revenue * 100", 40, 3) },
    };

    private async Task<Dictionary<string, int>> FirmsAsync(HttpClient office)
    {
        var unit = await UnitAsync(factory, District);
        var ids = new Dictionary<string, int>();
        foreach (var (f, i) in Firms.Select((f, i) => (f, i)))
        {
            var founded = f.Name == "F11" ? "2023-03-01" : "2010-05-01";
            var created = await office.PostAsJsonAsync("/api/enterprises",
                new { name = $"青岛亩均{f.Name}有限公司", uscc = Uscc(District, 8_100 + i), ownerUnitId = unit, industryDivisionCode = "39", foundedOn = founded });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            var id = (await BodyAsync(created)).GetProperty("id").GetInt32();
            ids[f.Name] = id;
            decimal? land = f.Name is "F10" or "F12" ? null : 10;
            var year = await office.PutAsJsonAsync($"/api/enterprises/{id}/years",
                new { year = 2023, revenue = 3_000, taxPaid = f.Tax, rdSpending = f.Rd, employees = 100, landMu = land, source = "测试" });
            Assert.Equal(HttpStatusCode.OK, year.StatusCode);
        }
        await factory.WithDbAsync(async db =>
        {
            var f10 = await db.Enterprises.SingleAsync(e => e.Id == ids["F10"]);
            f10.LandAreaMu = 10;
            await db.SaveChangesAsync();
        });
        return ids;
    }

    private static async Task<Dictionary<string, JsonElement>> ResultsAsync(HttpClient client, int run) =>
        (await BodyAsync(await client.GetAsync($"/api/permu/runs/{run}/results"))).EnumerateArray()
            .ToDictionary(r => r.GetProperty("name").GetString()![4..7], r => r);

    private static string Grades(Dictionary<string, JsonElement> results) =>
        string.Join(" ", results.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value.GetProperty("grade").ValueKind == JsonValueKind.Null ? "-"
            : r.Value.GetProperty("grade").GetString()));

    private async Task<int> RunAsync(HttpClient client, int scheme)
    {
        var unit = await UnitAsync(factory, District);
        var r = await client.PostAsJsonAsync("/api/permu/runs", new { schemeId = scheme, year = 2023, populationKind = "District", populationUnitId = unit });
        Assert.Equal(HttpStatusCode.Created, r.StatusCode);
        return (await BodyAsync(r)).GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task The_worked_example_grades_as_computed_by_hand_under_every_method()
    {
        var office = await ApiAsync("permu-office-1", "dept-drc", Roles.ProgrammeOffice);
        await FirmsAsync(office);

        var ratio = await office.PostAsJsonAsync("/api/permu/schemes", Scheme("比值·排名", "Ratio", "Percentile", 20, 50, 90));
        Assert.Equal(HttpStatusCode.Created, ratio.StatusCode);
        var run = await RunAsync(office, (await BodyAsync(ratio)).GetProperty("id").GetInt32());
        var results = await ResultsAsync(office, run);
        // F01 130; F02–F04 112 tie over the A cut (positions 2–4 of 11 > 2.2) → B; F05 86.67 at position 5 ≤ 5.5 → B; F10 and F13 past 9.9 → D.
        Assert.Equal("A B B B B C C C C D T - D", Grades(results));
        Assert.Equal([130m, 112m, 86.6667m, 18.6667m], new[] { "F01", "F02", "F05", "F10" }.Select(f => results[f].GetProperty("score").GetDecimal()));
        Assert.Equal([1, 2, 2, 5, 11], new[] { "F01", "F03", "F04", "F05", "F13" }.Select(f => results[f].GetProperty("rank").GetInt32()));
        Assert.Equal("单位用地税收（用地面积未报）", results["F12"].GetProperty("missing").GetString());
        Assert.StartsWith("成立不满2年", results["F11"].GetProperty("exemptReason").GetString(), StringComparison.Ordinal);
        Assert.True(results["F10"].GetProperty("explanation").GetProperty("landFromRegistry").GetBoolean());

        var summary = await BodyAsync(await office.GetAsync($"/api/permu/runs/{run}"));
        Assert.Equal((13, 11, 1, 1, 1, 4, 4, 2), (summary.GetProperty("firms").GetInt32(), summary.GetProperty("scored").GetInt32(), summary.GetProperty("exempt").GetInt32(),
            summary.GetProperty("missing").GetInt32(), summary.GetProperty("a").GetInt32(), summary.GetProperty("b").GetInt32(), summary.GetProperty("c").GetInt32(),
            summary.GetProperty("d").GetInt32()));

        var byScore = await BodyAsync(await office.PostAsJsonAsync("/api/permu/schemes", Scheme("比值·得分", "Ratio", "Score", 112, 80, 43.3333m)));
        // The cut-offs are inclusive: 112 is A, 43.3333 is C.
        Assert.Equal("A A A A B C C C D D T - D", Grades(await ResultsAsync(office, await RunAsync(office, byScore.GetProperty("id").GetInt32()))));

        var minMax = await BodyAsync(await office.PostAsJsonAsync("/api/permu/schemes", Scheme("极差·排名", "MinMax", "Percentile", 20, 50, 90)));
        var mm = await ResultsAsync(office, await RunAsync(office, minMax.GetProperty("id").GetInt32()));
        // Tax per mu runs 2…20, R&D 0…3 %: F01 takes both maxima, F13 both minima; F09 and F10 tie at 17.3333 + 8 = 12 + 13.3333.
        Assert.Equal([100m, 20m, 25.3333m, 25.3333m], new[] { "F01", "F13", "F09", "F10" }.Select(f => mm[f].GetProperty("score").GetDecimal()));
        Assert.Equal(mm["F09"].GetProperty("rank").GetInt32(), mm["F10"].GetProperty("rank").GetInt32());
    }

    [Fact]
    public async Task A_run_is_reviewed_by_someone_else_published_frozen_and_superseded_by_a_rerun()
    {
        var office = await ApiAsync("permu-office-2", "dept-drc", Roles.ProgrammeOffice);
        var other = await ApiAsync("permu-office-3", "dept-drc", Roles.ProgrammeOffice);
        var district = await ApiAsync("permu-jimo", "370215", Roles.DistrictStaff);
        var scheme = (await BodyAsync(await office.PostAsJsonAsync("/api/permu/schemes", Scheme("生命周期", "Ratio", "Percentile", 20, 50, 90)))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostAsJsonAsync("/api/permu/runs",
            new { schemeId = scheme, populationKind = "District", populationUnitId = await UnitAsync(factory, District) })).StatusCode);
        var run = await RunAsync(office, scheme);

        var self = await office.PostAsJsonAsync($"/api/permu/runs/{run}/review", new { version = 0 });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await other.PostAsJsonAsync($"/api/permu/runs/{run}/publish", new { version = 0 })).StatusCode);
        var reviewed = await BodyAsync(await other.PostAsJsonAsync($"/api/permu/runs/{run}/review", new { version = 0 }));
        Assert.Equal("Reviewed", reviewed.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await office.PostAsJsonAsync($"/api/permu/runs/{run}/publish", new { version = 0 })).StatusCode);
        var published = await BodyAsync(await office.PostAsJsonAsync($"/api/permu/runs/{run}/publish", new { version = reviewed.GetProperty("version").GetInt32() }));
        Assert.Equal("Published", published.GetProperty("state").GetString());

        var frozen = await BodyAsync(await office.GetAsync($"/api/permu/schemes/{scheme}"));
        Assert.True(frozen.GetProperty("frozen").GetBoolean());
        var change = await office.PutAsJsonAsync($"/api/permu/schemes/{scheme}", Scheme("生命周期改", "Ratio", "Percentile", 20, 50, 90));
        Assert.Equal(HttpStatusCode.BadRequest, change.StatusCode);
        var copy = await office.PostAsJsonAsync($"/api/permu/schemes/{scheme}/copy", new { year = 2024 });
        Assert.Equal(2024, (await BodyAsync(copy)).GetProperty("year").GetInt32());

        var rerun = await RunAsync(other, scheme);
        var again = await BodyAsync(await office.PostAsJsonAsync($"/api/permu/runs/{rerun}/review", new { version = 0 }));
        Assert.Equal(2, again.GetProperty("number").GetInt32());
        await other.PostAsJsonAsync($"/api/permu/runs/{rerun}/publish", new { version = again.GetProperty("version").GetInt32() });
        Assert.Equal("Superseded", (await BodyAsync(await office.GetAsync($"/api/permu/runs/{run}"))).GetProperty("state").GetString());
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "PerMuPublished")));
    }

    [Fact]
    public async Task A_formula_that_does_not_parse_is_refused_naming_the_indicator_and_position()
    {
        var office = await ApiAsync("permu-office-4", "dept-drc", Roles.ProgrammeOffice);
        var bad = new
        {
            year = 2023, name = "错误", scoring = "Ratio", grading = "Percentile", cutA = 20, cutB = 50, cutC = 90,
            indicators = new[] { new { group = "AboveScale", code = "tax", name = "单位用地税收", formula = "TaxPaid / Land", weight = 100m, benchmark = (decimal?)null } },
        };
        var r = await office.PostAsJsonAsync("/api/permu/schemes", bad);
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var errors = (await BodyAsync(r)).GetProperty("errors");
        Assert.Contains("单位用地税收", errors.GetProperty("indicators[0].Formula").ToString(), StringComparison.Ordinal);
        Assert.Contains("第11个字符", errors.GetProperty("indicators[0].Formula").ToString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty("indicators[0].Benchmark", out _));
        var district = await ApiAsync("permu-jimo-2", "370215", Roles.DistrictStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await district.PostAsJsonAsync("/api/permu/schemes", bad)).StatusCode);
    }
}
