using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using MiniExcelLibs;

namespace Ballast.Tests.Compendium;

/// <summary>Matching through HTTP on a real database: a policy's four conditions over ten hand-worked firms give exactly the expected
/// lists, on the API, the page and the export; a district sees its own firms; refusals are clear, never a 500.</summary>
public sealed class MatchingApiTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const string DayQuery = "year=2023&day=2023-06-30";

    private async Task<(HttpClient Office, int PolicyId)> ArrangeAsync(string tag, int seed)
    {
        var policyId = await MatchingData.ArrangeAsync(factory, tag, seed);
        var office = await Browser.WithTokenAsync(factory, $"match-office-{seed}",
            await factory.CreateUserAsync($"match-office-{seed}", "dept-miit", Roles.DepartmentStaff));
        var read = await (await office.GetAsync($"/api/policies/{policyId}/conditions")).Content.ReadFromJsonAsync<JsonElement>();
        var put = await office.PutAsJsonAsync($"/api/policies/{policyId}/conditions", MatchingData.Conditions(read.GetProperty("version").GetInt32()));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        return (office, policyId);
    }

    private async Task<HttpClient> PageAsync(string name) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-miit", Roles.DepartmentStaff));

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url) =>
        await (await client.GetAsync(url)).Content.ReadFromJsonAsync<JsonElement>();

    /// <summary>The firms of one test (the class's tests share a database, and each arranges its own ten firms).</summary>
    private static List<string> Names(JsonElement firms, string verdict, string tag) =>
        [.. firms.EnumerateArray().Where(f => f.GetProperty("verdict").GetString() == verdict).Select(f => f.GetProperty("name").GetString()!)
            .Where(n => n.EndsWith(tag, StringComparison.Ordinal)).Order()];

    [Fact]
    public async Task A_policy_selects_exactly_the_hand_worked_firms_with_reasons()
    {
        var (office, id) = await ArrangeAsync("一", 7100);
        var body = await (await office.GetAsync($"/api/policies/{id}/matches?{DayQuery}")).Content.ReadFromJsonAsync<JsonElement>();
        var (eligible, check) = MatchingData.Expected("一");

        Assert.Equal(eligible.Order(), Names(body.GetProperty("firms"), "Eligible", "一"));
        Assert.Equal(check.Order(), Names(body.GetProperty("firms"), "NeedsChecking", "一"));
        Assert.True(body.GetProperty("eligible").GetInt32() >= eligible.Length);
        var jia = body.GetProperty("firms").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "乙一");
        var reasons = jia.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("text").GetString()).ToList();
        Assert.Equal(4, reasons.Count);
        Assert.Contains("2022年营业收入 2,000 万元 ≥ 2,000 万元", reasons);
        var bing = body.GetProperty("firms").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "丙一");
        Assert.Contains(bing.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("outcome").GetString() == "Unknown"
            && r.GetProperty("text").GetString() == "2022年营业收入未报，需核实");
    }

    [Fact]
    public async Task The_export_lists_the_same_firms_with_contacts_and_each_condition()
    {
        var (office, id) = await ArrangeAsync("二", 7200);
        var page = await PageAsync("match-page-7200");
        var response = await page.GetAsync($"/Policies/{id}/Matches?{DayQuery}&handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var all = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var rows = all.Where(r => ((string)r["企业名称"]).EndsWith('二')).ToList();
        var (eligible, check) = MatchingData.Expected("二");

        Assert.Equal(eligible.Concat(check).Order(), rows.Select(r => (string)r["企业名称"]!).Order());
        Assert.All(rows, r => Assert.StartsWith("联系人", (string)r["联系人"]!, StringComparison.Ordinal));
        Assert.Equal(6 + 4, rows[0].Count);
        Assert.Equal(check.Length, rows.Count(r => (string)r["结论"]! == "需核实"));
        var html = await page.GetStringAsync($"/Policies/{id}/Matches?{DayQuery}");
        var shown = html.Split("data-testid=\"match-row\"").Skip(1).ToList();
        Assert.Equal(all.Count, shown.Count);
        Assert.Equal(eligible.Length, shown.Count(s => s.Contains("二</a>", StringComparison.Ordinal) && s.Contains(">可享受<", StringComparison.Ordinal)));
        _ = office;
    }

    [Fact]
    public async Task A_region_condition_names_the_district_as_the_city_does()
    {
        var (_, id) = await ArrangeAsync("五", 7500);
        var html = await (await PageAsync("match-names")).GetStringAsync($"/Policies/{id}/Matches?{DayQuery}");
        var conditions = html[html.IndexOf("data-testid=\"conditions\"", StringComparison.Ordinal)..];
        // 370211's code name is 黄岛区; the city, its units and every other page call it 西海岸新区.
        var list = conditions[..conditions.IndexOf("</ol>", StringComparison.Ordinal)];
        Assert.Contains("属于 西海岸新区、城阳区", list, StringComparison.Ordinal);
        Assert.DoesNotContain("黄岛区", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_sees_only_its_own_firms()
    {
        var (_, id) = await ArrangeAsync("三", 7300);
        var clerk = await Browser.WithTokenAsync(factory, "match-xihaian", await factory.CreateUserAsync("match-xihaian", "370211", Roles.DistrictStaff));
        var body = await (await clerk.GetAsync($"/api/policies/{id}/matches?{DayQuery}")).Content.ReadFromJsonAsync<JsonElement>();
        var (eligible, check) = MatchingData.Expected("三", "370211");

        Assert.Equal(eligible.Order(), Names(body.GetProperty("firms"), "Eligible", "三"));
        Assert.Equal(check.Order(), Names(body.GetProperty("firms"), "NeedsChecking", "三"));
        var outside = MatchingData.Firms("三", 7300).First(f => f.District == "370214").Uscc;
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/firms/{outside}/policies?{DayQuery}")).StatusCode);
        var put = await clerk.PutAsJsonAsync($"/api/policies/{id}/conditions", MatchingData.Conditions(0));
        Assert.Equal(HttpStatusCode.Forbidden, put.StatusCode);
    }

    [Fact]
    public async Task A_firm_by_its_code_gets_its_policies_and_reasons()
    {
        var (office, id) = await ArrangeAsync("四", 7400);
        var firms = MatchingData.Firms("四", 7400);
        var eligible = await (await office.GetAsync($"/api/firms/{firms[0].Uscc}/policies?{DayQuery}")).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(eligible.GetProperty("eligible").EnumerateArray(), p => p.GetProperty("policyId").GetInt32() == id);
        var missed = await JsonAsync(office, $"/api/firms/{firms[5].Uscc.ToLowerInvariant()}/policies?{DayQuery}");
        var offer = missed.GetProperty("notEligible").EnumerateArray().Single(p => p.GetProperty("policyId").GetInt32() == id);
        Assert.Contains(offer.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("outcome").GetString() == "Missed"
            && r.GetProperty("text").GetString()!.Contains("2023-06-29到期", StringComparison.Ordinal));
        var later = await JsonAsync(office, $"/api/firms/{firms[0].Uscc}/policies?year=2026&day=2026-06-30&expired=true");
        Assert.DoesNotContain(later.GetProperty("eligible").EnumerateArray(), p => p.GetProperty("policyId").GetInt32() == id);
        Assert.Contains(later.GetProperty("expired").EnumerateArray(), p => p.GetProperty("policyId").GetInt32() == id);
        var page = await PageAsync("match-page-7400");
        var html = await page.GetStringAsync($"/Policies/Matching?Uscc={firms[0].Uscc}&Year=2023&Day=2023-06-30");
        Assert.Contains("2022年营业收入 3,000 万元 ≥ 2,000 万元", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12345", 1)]
    [InlineData("91370200MA3C5IIIII", 2)]
    [InlineData("ＡＢＣ", 3)]
    [InlineData("%20", 4)]
    public async Task A_bad_code_answers_a_clear_refusal(string code, int n)
    {
        var password = await factory.CreateUserAsync($"match-bad-{n}", "dept-miit", Roles.DepartmentStaff);
        var api = await Browser.WithTokenAsync(factory, $"match-bad-{n}", password);
        var response = await api.GetAsync($"/api/firms/{code}/policies");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("统一社会信用代码有误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var page = await Browser.SignedInAsync(factory, $"match-bad-{n}", password);
        var html = await page.GetAsync($"/Policies/Matching?Uscc={Uri.EscapeDataString(code)}");
        Assert.Equal(HttpStatusCode.OK, html.StatusCode);
        Assert.Contains("data-testid=\"refusal\"", await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_conditions_are_refused_by_field()
    {
        var (office, id) = await ArrangeAsync("六", 7600);
        var version = (await JsonAsync(office, $"/api/policies/{id}/conditions")).GetProperty("version").GetInt32();
        var bad = new
        {
            version,
            conditions = new object[]
            {
                new { kind = "Region", @operator = "In", values = new[] { "999999" } },
                new { kind = "Figure", @operator = "AtLeast", field = "Revenue", yearOffset = -5 },
            },
        };
        var response = await office.PutAsJsonAsync($"/api/policies/{id}/conditions", bad);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("conditions[0].Values", body, StringComparison.Ordinal);
        Assert.Contains("指标条件须填写门槛值", body, StringComparison.Ordinal);
        Assert.Contains("年度须为当年或前三年之内", body, StringComparison.Ordinal);
        var stale = await office.PutAsJsonAsync($"/api/policies/{id}/conditions", MatchingData.Conditions(version - 1));
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }
}
