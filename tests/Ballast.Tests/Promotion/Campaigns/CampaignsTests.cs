using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Promotion;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Promotion.Campaigns;

/// <summary>Campaigns through HTTP on a real database: a lead becomes a signed project and shows in the results once;
/// expansions count their increment; one campaign per project; merged duplicates; scope; the year's total.</summary>
public sealed class CampaignsTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private int _xihaian;
    private int _jimo;
    private int _chain;

    public async Task InitializeAsync()
    {
        await factory.WithDbAsync(async db =>
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
            (_xihaian, _jimo) = (units["370211"], units["370215"]);
            _chain = await db.Chains.OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync();
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static object Campaign(string name, int owner, DateOnly start, int days = 5, string destination = "日本·东京", object[]? visits = null) => new
    {
        name, kind = "Overseas", destination, startsOn = start, endsOn = start.AddDays(days - 1), ownerUnitId = owner,
        leaderName = "测试带队", members = new[] { new { name = "测试成员", unit = "市商务局", title = "处长" } },
        visits = visits ?? [new { firmName = "测试拜访企业", country = "日本", visitedOn = start }],
    };

    private static async Task<int> CreateAsync(HttpClient api, object campaign)
    {
        var response = await api.PostAsJsonAsync("/api/promotion/campaigns", campaign);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    private static async Task<int> LeadAsync(HttpClient api, int campaign, string name, int owner, decimal wan)
    {
        var response = await api.PostAsJsonAsync($"/api/promotion/campaigns/{campaign}/leads",
            new { name, investorName = name + "投资方", investorCountry = "日本", estimatedInvestment = wan, ownerUnitId = owner, notADuplicate = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("projectId").GetInt32();
    }

    /// <summary>Posts to a page handler with a token from a page that always has a form.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var token = await Browser.AntiforgeryTokenAsync(client, "/Promotion/Campaigns/Edit");
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    /// <summary>The refusal's messages, decoded from the problem's JSON.</summary>
    private static async Task<string> ErrorsAsync(HttpResponseMessage response) =>
        string.Join(" | ", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateObject()
            .SelectMany(p => p.Value.EnumerateArray().Select(v => p.Name + ": " + v.GetString())));

    private static async Task<CampaignFigures> FiguresAsync(HttpClient api, int campaign) =>
        (await api.GetFromJsonAsync<JsonElement>($"/api/promotion/campaigns/{campaign}")).GetProperty("campaign").GetProperty("figures").Deserialize<CampaignFigures>(Json)!;

    private static async Task MoveAsync(HttpClient api, int project, ProjectStage stage, DateOnly on) =>
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/projects/{project}/stage", new ProjectsApi.StageMove(stage, on, null))).StatusCode);

    [Fact]
    public async Task Dates_and_visits_are_checked_and_the_refusal_names_the_field()
    {
        var api = await ApiAsync("camp-rules", "dept-drc", Roles.ProgrammeOffice);
        var start = new DateOnly(2023, 3, 13);
        var backwards = await api.PostAsJsonAsync("/api/promotion/campaigns", new
        {
            name = "规则 倒置", kind = "Overseas", destination = "日本·东京", startsOn = start, endsOn = start.AddDays(-2), ownerUnitId = _xihaian,
        });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("结束日期不能早于开始日期", (await backwards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("EndsOn")[0].GetString(),
            StringComparison.Ordinal);
        var outside = await api.PostAsJsonAsync("/api/promotion/campaigns",
            Campaign("规则 拜访越界", _xihaian, start, 3, visits: [new { firmName = "越界企业", visitedOn = start.AddDays(3) }]));
        Assert.Equal(HttpStatusCode.BadRequest, outside.StatusCode);
        Assert.True((await outside.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("Visits[0].VisitedOn", out _));
        Assert.False(await factory.WithDbAsync(db => db.Campaigns.AnyAsync(c => c.Name.StartsWith("规则 "))));
    }

    [Fact]
    public async Task A_lead_from_a_campaign_moved_to_signed_shows_in_the_signed_count_and_investment()
    {
        var api = await ApiAsync("camp-sign", "370211", Roles.DistrictStaff);
        var page = await Browser.SignedInAsync(factory, "camp-sign-page", await factory.CreateUserAsync("camp-sign-page", "370211", Roles.DistrictStaff));
        var campaign = await CreateAsync(api, Campaign("签约测试 东京行", _xihaian, new DateOnly(2023, 3, 13)));

        // The lead is added on the campaign page, as a new project at the lead stage.
        var added = await PostAsync(page, $"/Promotion/Campaigns/{campaign}?handler=Lead", ("Lead.Name", "签约测试 精密部件项目"),
            ("Lead.InvestorName", "东京精密"), ("Lead.InvestorCountry", "日本"), ("Lead.EstimatedInvestment", "123456"),
            ("Lead.OwnerUnitId", Id(_xihaian)), ("Lead.ChainId", Id(_chain)), ("Lead.GatheredOn", "2023-03-16"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var project = await factory.WithDbAsync(db => db.Projects.SingleAsync(p => p.Name == "签约测试 精密部件项目"));
        Assert.Equal((ProjectStage.Lead, ProjectOrigin.Campaign, "日本", 123_456m), (project.Stage, project.Origin, project.InvestorCountry, project.TotalInvestment));
        Assert.Equal(new CampaignFigures(1, 0, 0, 0m, 0, 0, null), await FiguresAsync(api, campaign));

        await MoveAsync(api, project.Id, ProjectStage.Negotiating, new DateOnly(2023, 4, 1));
        Assert.Equal(1, (await FiguresAsync(api, campaign)).Negotiating);
        await MoveAsync(api, project.Id, ProjectStage.Signed, new DateOnly(2023, 5, 20));
        Assert.Equal(new CampaignFigures(1, 0, 1, 123_456m, 0, 0, null), await FiguresAsync(api, campaign));

        var html = await page.GetStringAsync($"/Promotion/Campaigns/{campaign}");
        Assert.Contains("data-testid=\"fig-signed\">1<", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"fig-investment\">12.35<", html, StringComparison.Ordinal);
        Assert.Contains("签约测试 精密部件项目", await page.GetStringAsync($"/Promotion/Campaigns/{campaign}?figure=signed"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expansion_counts_its_increment_only_and_a_project_is_credited_to_one_campaign()
    {
        var api = await ApiAsync("camp-once", "dept-drc", Roles.ProgrammeOffice);
        var first = await CreateAsync(api, Campaign("一次测试 首尔行", _xihaian, new DateOnly(2023, 4, 10), destination: "韩国·首尔"));
        var second = await CreateAsync(api, Campaign("一次测试 慕尼黑行", _xihaian, new DateOnly(2023, 4, 25), destination: "德国·慕尼黑"));
        var parent = await LeadAsync(api, first, "一次测试 电池材料项目", _xihaian, 200_000m);
        await MoveAsync(api, parent, ProjectStage.Signed, new DateOnly(2023, 5, 1));

        var expansion = await factory.WithDbAsync(async db =>
        {
            var now = db.Time.GetUtcNow();
            var p = new Project { Name = "一次测试 电池材料二期扩建", OwnerUnitId = _xihaian, TotalInvestment = 50_000m, ExpansionOfId = parent,
                Stage = ProjectStage.Signed, SignedOn = new DateOnly(2023, 6, 20), CreatedAt = now, UpdatedAt = now };
            db.Projects.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var linked = await api.PostAsJsonAsync($"/api/promotion/campaigns/{second}/leads/link", new { projectId = expansion });
        Assert.Equal(HttpStatusCode.Created, linked.StatusCode);
        // The expansion adds its increment to the amount, and is not a new signed project.
        var f = await FiguresAsync(api, second);
        Assert.Equal((1, 0, 50_000m), (f.Leads, f.Signed, f.SignedInvestmentWan));

        // The parent is the first campaign's: the second is refused, naming the first.
        var again = await api.PostAsJsonAsync($"/api/promotion/campaigns/{second}/leads/link", new { projectId = parent });
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("一次测试 首尔行", await ErrorsAsync(again), StringComparison.Ordinal);
        var results = await api.GetFromJsonAsync<JsonElement>("/api/promotion/campaigns/results?year=2023");
        var total = results.GetProperty("total").Deserialize<CampaignFigures>(Json)!;
        Assert.True(total.Signed >= 1);

        // A signing before the campaign is not its result.
        var early = await LeadAsync(api, first, "一次测试 早签项目", _xihaian, 10_000m);
        await MoveAsync(api, early, ProjectStage.Signed, new DateOnly(2023, 4, 20));
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/promotion/campaigns/{first}/leads/"
            + await factory.WithDbAsync(db => db.CampaignLeads.Where(l => l.ProjectId == early).Select(l => l.Id).SingleAsync()))).StatusCode);
        var refused = await api.PostAsJsonAsync($"/api/promotion/campaigns/{second}/leads/link", new { projectId = early });
        Assert.Contains("活动开始前已签约", await ErrorsAsync(refused), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merged_duplicate_cannot_be_linked_and_the_survivor_keeps_one_credit()
    {
        var api = await ApiAsync("camp-merge", "dept-drc", Roles.ProgrammeOffice);
        var a = await CreateAsync(api, Campaign("合并测试 新加坡行", _jimo, new DateOnly(2023, 5, 22), destination: "新加坡"));
        var b = await CreateAsync(api, Campaign("合并测试 香港行", _jimo, new DateOnly(2023, 5, 25), destination: "中国香港"));
        var duplicate = await LeadAsync(api, a, "合并测试 医疗器械项目", _jimo, 80_000m);
        var survivor = await LeadAsync(api, b, "合并测试 医疗器械项目（香港）", _jimo, 80_000m);
        await MoveAsync(api, survivor, ProjectStage.Signed, new DateOnly(2023, 6, 30));
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsJsonAsync($"/api/projects/{duplicate}/merge", new ProjectsApi.MergeRequest(survivor))).StatusCode);

        var fa = await FiguresAsync(api, a);
        var fb = await FiguresAsync(api, b);
        Assert.Equal((0, 1, 1), (fa.Leads, fb.Leads, fb.Signed));
        var c = await CreateAsync(api, Campaign("合并测试 第三次", _jimo, new DateOnly(2023, 6, 1)));
        var merged = await api.PostAsJsonAsync($"/api/promotion/campaigns/{c}/leads/link", new { projectId = duplicate });
        Assert.Equal(HttpStatusCode.BadRequest, merged.StatusCode);
        Assert.Contains("已合并", await ErrorsAsync(merged), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_district_sees_and_adds_leads_to_its_own_campaigns_only_and_keeps_new_projects_in_its_scope()
    {
        var office = await ApiAsync("camp-scope-office", "dept-drc", Roles.ProgrammeOffice);
        var jimoCampaign = await CreateAsync(office, Campaign("范围测试 即墨行", _jimo, new DateOnly(2023, 3, 1)));
        var xihaianCampaign = await CreateAsync(office, Campaign("范围测试 西海岸行", _xihaian, new DateOnly(2023, 3, 1)));
        var api = await ApiAsync("camp-scope", "370211", Roles.DistrictStaff);
        var page = await Browser.SignedInAsync(factory, "camp-scope-page", await factory.CreateUserAsync("camp-scope-page", "370211", Roles.DistrictStaff));

        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/promotion/campaigns/{jimoCampaign}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Promotion/Campaigns/{jimoCampaign}")).StatusCode);
        var list = await page.GetStringAsync("/Promotion/Campaigns?Year=2023");
        Assert.Contains("范围测试 西海岸行", list, StringComparison.Ordinal);
        Assert.DoesNotContain("范围测试 即墨行", list, StringComparison.Ordinal);
        var lead = new { name = "范围测试 越权线索", estimatedInvestment = 1000m, ownerUnitId = _xihaian, notADuplicate = true };
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"/api/promotion/campaigns/{jimoCampaign}/leads", lead)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(page, $"/Promotion/Campaigns/{jimoCampaign}?handler=Lead",
            ("Lead.Name", "范围测试 越权线索"), ("Lead.OwnerUnitId", Id(_xihaian)))).StatusCode);

        // In its own campaign, a lead project owned by another district is refused, naming the field.
        var outside = await api.PostAsJsonAsync($"/api/promotion/campaigns/{xihaianCampaign}/leads", lead with { ownerUnitId = _jimo });
        Assert.Equal(HttpStatusCode.Forbidden, outside.StatusCode);
        var onPage = await PostAsync(page, $"/Promotion/Campaigns/{xihaianCampaign}?handler=Lead", ("Lead.Name", "范围测试 越权线索"),
            ("Lead.OwnerUnitId", Id(_jimo)), ("Lead.EstimatedInvestment", "1000"), ("Lead.NotADuplicate", "true"));
        Assert.Equal(HttpStatusCode.OK, onPage.StatusCode);
        Assert.Contains("只能选择本单位或下属单位", await onPage.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Projects.AnyAsync(p => p.Name == "范围测试 越权线索")));
        // Nor may it create a campaign for another district.
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/promotion/campaigns", Campaign("范围测试 越权活动", _jimo, new DateOnly(2023, 3, 1)))).StatusCode);
    }

    [Fact]
    public async Task A_district_sees_its_campaign_credited_with_another_districts_project_by_figure_and_unit_only()
    {
        var office = await ApiAsync("camp-mask-office", "dept-drc", Roles.ProgrammeOffice);
        var campaign = await CreateAsync(office, Campaign("范围测试 成果行", _xihaian, new DateOnly(2023, 4, 1)));
        await LeadAsync(office, campaign, "范围测试 本区线索", _xihaian, 3000m);
        await LeadAsync(office, campaign, "范围测试 外区线索", _jimo, 5000m);
        var api = await ApiAsync("camp-mask", "370211", Roles.DistrictStaff);
        var page = await Browser.SignedInAsync(factory, "camp-mask-page", await factory.CreateUserAsync("camp-mask-page", "370211", Roles.DistrictStaff));

        // The figures are the campaign's own: both leads count.
        Assert.Equal(2, (await FiguresAsync(api, campaign)).Leads);
        foreach (var body in new[]
        {
            await api.GetStringAsync($"/api/promotion/campaigns/{campaign}"),
            await api.GetStringAsync("/api/promotion/campaigns/results?year=2023"),
            await page.GetStringAsync($"/Promotion/Campaigns/{campaign}"),
            await page.GetStringAsync("/Promotion/Campaigns/Results?Year=2023"),
        })
        {
            Assert.Contains("范围测试 本区线索", body, StringComparison.Ordinal);
            Assert.DoesNotContain("范围测试 外区线索", body, StringComparison.Ordinal);
        }
        // The office, reading every unit, sees both by name.
        Assert.Contains("范围测试 外区线索", await office.GetStringAsync($"/api/promotion/campaigns/{campaign}"), StringComparison.Ordinal);
    }
}
