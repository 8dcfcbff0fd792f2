using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Chains;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Ballast.Tests.Chains;

/// <summary>Chains through HTTP on a real database: figures from member firms (each counted once), entered only where
/// no firm reported, a missing year shown as not reported; the edit scope on pages and the API; a gap raised as a
/// target to attract that carries chain and node and becomes a project; the node list exported.</summary>
public sealed partial class ChainsTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    private const int Year = 2023;
    private int _display;
    private int _ai;
    private int _vr;
    private int _ic;
    private int _gap;
    private int _strong;

    public async Task InitializeAsync()
    {
        _display = await ChainsWorld.ChainAsync(factory, "新型显示");
        _ai = await ChainsWorld.ChainAsync(factory, "人工智能");
        _vr = await ChainsWorld.ChainAsync(factory, "虚拟现实");
        _ic = await ChainsWorld.ChainAsync(factory, "集成电路");
        await factory.WithDbAsync(async db =>
        {
            if (await db.ChainNodes.AnyAsync(n => n.ChainId == _display))
            {
                return;
            }
            // Three firms of the chain and one on two of its nodes only; one reports no output at all.
            var f1 = await ChainsWorld.FirmAsync(db, "链测试 甲显示", _display, (2023, 1_000_000m), (2022, 800_000m));
            var f2 = await ChainsWorld.FirmAsync(db, "链测试 乙材料", null, (2023, 500_000m), (2022, 400_000m));
            var f3 = await ChainsWorld.FirmAsync(db, "链测试 丙模组", _display, (2023, 300_000m));
            await ChainsWorld.FirmAsync(db, "链测试 丁整机", _display, (2023, null));
            await ChainsWorld.NodeAsync(db, _display, "链测试 偏光片", NodeStatus.Weak, null, f2, f3);
            await ChainsWorld.NodeAsync(db, _display, "链测试 玻璃基板", null, null, f2, f1);
            db.ChainYears.AddRange(
                new Web.Features.Chains.ChainYear { ChainId = _display, Year = 2023, EnteredOutput = 9_999_999m, EnteredSource = "不应采用", TargetGrowth = 10m },
                new Web.Features.Chains.ChainYear { ChainId = _display, Year = 2021, EnteredOutput = 5_000_000m, EnteredSource = "统计年鉴" },
                new Web.Features.Chains.ChainYear { ChainId = _ai, Year = 2023, EnteredOutput = 2_200_000m, EnteredSource = "专班测算" },
                new Web.Features.Chains.ChainYear { ChainId = _ai, Year = 2022, EnteredOutput = 2_000_000m, EnteredSource = "统计年鉴" });
            await db.SaveChangesAsync();
            await ChainsWorld.TaskForceAsync(db, _ic, "dept-miit", "370211");
            await ChainsWorld.TaskForceAsync(db, _vr, "dept-miit");
            _gap = await ChainsWorld.NodeAsync(db, _vr, "链测试 微显示屏", NodeStatus.Missing, "索尼半导体\n视涯科技");
            _strong = await ChainsWorld.NodeAsync(db, _vr, "链测试 整机", NodeStatus.Strong, "某整机厂");
        });
        (_gap, _strong) = await factory.WithDbAsync(async db => (
            await db.ChainNodes.Where(n => n.Name == "链测试 微显示屏").Select(n => n.Id).SingleAsync(),
            await db.ChainNodes.Where(n => n.Name == "链测试 整机").Select(n => n.Id).SingleAsync()));
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string S(int i) => i.ToString(CultureInfo.InvariantCulture);

    private async Task<HttpClient> ApiUserAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private async Task<HttpClient> PageUserAsync(string name, string unit, string role) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    /// <summary>Posts a page form with a token from a page every signed-in user has.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var token = await Browser.AntiforgeryTokenAsync(client, "/Account/ChangePassword");
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).Clone();
    }

    [Fact]
    public async Task Output_counts_each_member_firm_once_and_a_missing_year_is_not_reported()
    {
        // A district reads the chain as the city's: firms of every district count.
        var api = await ApiUserAsync("chain-reader", "370215", Roles.DistrictStaff);
        var chain = await JsonAsync(api, $"/api/chains/{_display}?year={Year}");
        var years = chain.GetProperty("years").EnumerateArray().ToDictionary(y => y.GetProperty("year").GetInt32());

        var y2023 = years[2023];
        // 100 + 50 + 30 万… in 万元: the firm on two nodes and the firm on a node and the chain count once; the entered 2023 figure is ignored.
        Assert.Equal(1_800_000m, y2023.GetProperty("output").GetProperty("wan").GetDecimal());
        Assert.Equal((int)OutputBasis.Firms, y2023.GetProperty("output").GetProperty("basis").GetInt32());
        Assert.Equal(3, y2023.GetProperty("output").GetProperty("firmsReporting").GetInt32());
        Assert.Equal(4, y2023.GetProperty("firms").GetInt32());
        // Like for like: the two firms that reported both years, 1,500,000 over 1,200,000.
        Assert.Equal(25m, y2023.GetProperty("growth").GetProperty("percent").GetDecimal());

        // 2022 from firms, 2021 entered: different bases, so 2022's growth is not reported.
        Assert.Equal(1_200_000m, years[2022].GetProperty("output").GetProperty("wan").GetDecimal());
        Assert.Equal(JsonValueKind.Null, years[2022].GetProperty("growth").GetProperty("percent").ValueKind);
        Assert.Equal((int)OutputBasis.Entered, years[2021].GetProperty("output").GetProperty("basis").GetInt32());
        Assert.Equal("统计年鉴", years[2021].GetProperty("output").GetProperty("source").GetString());

        // A chain with no firm: the entered figures, compared with each other; a chain with neither: not reported.
        var ai = (await JsonAsync(api, $"/api/chains/{_ai}?year={Year}")).GetProperty("years").EnumerateArray().Last();
        Assert.Equal(2_200_000m, ai.GetProperty("output").GetProperty("wan").GetDecimal());
        Assert.Equal(10m, ai.GetProperty("growth").GetProperty("percent").GetDecimal());
        var list = await JsonAsync(api, $"/api/chains?year={Year}");
        var quantum = list.EnumerateArray().Single(c => c.GetProperty("name").GetString() == "量子信息").GetProperty("figure");
        Assert.Equal(JsonValueKind.Null, quantum.GetProperty("output").GetProperty("wan").ValueKind);
        Assert.Equal((int)Web.Common.Tracking.Status.NotReported, quantum.GetProperty("progress").GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task The_pages_show_not_reported_never_zero_and_a_chief_sees_my_chains_first()
    {
        var password = await factory.CreateUserAsync("chain-chief", "dept-commerce", Roles.DepartmentStaff);
        await factory.WithDbAsync(async db =>
        {
            var uid = await db.Users.Where(u => u.UserName == "chain-chief").Select(u => u.Id).SingleAsync();
            var leader = new Leader { Name = "链测试 链长", UserId = uid };
            db.Leaders.Add(leader);
            await db.SaveChangesAsync();
            db.ChainLeaders.Add(new ChainLeader { ChainId = _ai, LeaderId = leader.Id, IsChief = true });
            await db.SaveChangesAsync();
        });
        var client = await Browser.SignedInAsync(factory, "chain-chief", password);

        var list = await client.GetStringAsync($"/Chains?Year={Year}");
        var mine = list[list.IndexOf("data-testid=\"my-chains\"", StringComparison.Ordinal)..];
        Assert.Contains("人工智能", mine[..mine.IndexOf("</section>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("链测试 链长", list, StringComparison.Ordinal);

        var page = await client.GetStringAsync($"/Chains/Details?id={_display}&Year={Year}");
        Assert.Contains("链测试 偏光片", page, StringComparison.Ordinal);
        Assert.Contains("180.00", page, StringComparison.Ordinal);
        var quantum = await client.GetStringAsync($"/Chains/Details?id={await ChainsWorld.ChainAsync(factory, "量子信息")}&Year={Year}");
        Assert.Contains("未报", quantum, StringComparison.Ordinal);
        Assert.DoesNotContain(">0.00<", quantum, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Chains/Details?id=999999")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/Dashboard?Year={Year}")).StatusCode);
    }

    public static TheoryData<string, string, bool> Editors() => new()
    {
        { "dept-miit", Roles.DepartmentStaff, true },
        { "370211", Roles.DistrictStaff, true },
        { "dept-drc", Roles.ProgrammeOffice, true },
        { "dept-commerce", Roles.DepartmentStaff, false },
        { "370215", Roles.DistrictStaff, false },
        { "park-01", Roles.ParkOperator, false },
        { "370200", Roles.CityLeader, false },
    };

    [Theory]
    [MemberData(nameof(Editors))]
    public async Task Only_the_task_force_and_the_programme_office_edit_the_map_on_pages_and_the_api(string unit, string role, bool allowed)
    {
        var name = $"edit-{unit}-{role}".ToLowerInvariant();
        var page = await PageUserAsync(name, unit, role);
        var api = await Browser.WithTokenAsync(factory, name + "-api", await factory.CreateUserAsync(name + "-api", unit, role));

        var viaPage = await PostAsync(page, $"/Chains/Node?chainId={_ic}", ("Input.Name", $"页面环节 {name}"), ("Input.Segment", "Midstream"));
        var viaApi = await api.PostAsJsonAsync($"/api/chains/{_ic}/nodes", new { name = $"接口环节 {name}", segment = 1 });
        var year = await api.PutAsJsonAsync($"/api/chains/{_ic}/years/2024", new { targetGrowth = 9.5m });
        var saved = await factory.WithDbAsync(db => db.ChainNodes.CountAsync(n => n.ChainId == _ic && n.Name.EndsWith(" " + name)));

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.Redirect, viaPage.StatusCode);
            Assert.StartsWith("/Chains/Details", viaPage.Headers.Location!.OriginalString, StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, viaApi.StatusCode);
            Assert.Equal(2, saved);
            Assert.True(year.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, year.StatusCode.ToString());
        }
        else
        {
            Assert.True(Browser.IsRefused(viaPage), viaPage.StatusCode.ToString());
            Assert.Equal(HttpStatusCode.Forbidden, viaApi.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, year.StatusCode);
            Assert.Equal(0, saved);
            Assert.True(Browser.IsRefused(await page.GetAsync($"/Chains/Node?chainId={_ic}")));
        }
    }

    [Fact]
    public async Task A_gap_becomes_a_target_carrying_chain_and_node_then_a_project()
    {
        var client = await PageUserAsync("gap-raiser", "dept-miit", Roles.DepartmentStaff);
        var raised = await PostAsync(client, $"/Chains/Details?id={_vr}&Year={Year}&handler=Attract", ("nodeId", S(_gap)), ("firm", "索尼半导体"));
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var again = await PostAsync(client, $"/Chains/Details?id={_vr}&Year={Year}&handler=Attract", ("nodeId", S(_gap)), ("firm", " 索尼半导体 "));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        var targets = await factory.WithDbAsync(db => db.AttractionTargets.Where(t => t.Name == "索尼半导体").ToListAsync());
        var target = Assert.Single(targets);
        Assert.Equal((_vr, _gap, Year), (target.ChainId!.Value, target.ChainNodeId!.Value, target.Year));
        var miit = await ChainsWorld.UnitAsync(factory, "dept-miit");
        Assert.Equal(miit, target.OwnerUnitId);

        // The list converts it as it converts any target.
        var converted = await PostAsync(client, "/Lists/Targets/Index?handler=Convert", ("id", S(target.Id)), ("back", ""));
        Assert.Equal(HttpStatusCode.Redirect, converted.StatusCode);
        var project = await factory.WithDbAsync(db => db.AttractionTargets.Where(t => t.Id == target.Id).Select(t => t.ProjectId).SingleAsync());
        var stage = await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == project).Select(p => new { p.ChainId, p.Stage }).SingleAsync());
        Assert.Equal((_vr, ProjectStage.Lead), (stage.ChainId!.Value, stage.Stage));
        var page = await client.GetStringAsync($"/Chains/Details?id={_vr}&Year={Year}");
        Assert.Contains($"/Projects/Details/{project}", page, StringComparison.Ordinal);

        // A strong node is no gap; another unit may not raise; an unknown node is not found.
        var api = await ApiUserAsync("gap-api", "dept-miit", Roles.DepartmentStaff);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/chains/{_vr}/nodes/{_strong}/targets", new { firm = "某整机厂", year = Year })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync($"/api/chains/{_vr}/nodes/{_gap}/targets", new { firm = " ", year = Year })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsJsonAsync($"/api/chains/{_vr}/nodes/999999/targets", new { firm = "x", year = Year })).StatusCode);
        var outsider = await ApiUserAsync("gap-outsider", "dept-commerce", Roles.DepartmentStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostAsJsonAsync($"/api/chains/{_vr}/nodes/{_gap}/targets", new { firm = "视涯科技", year = Year })).StatusCode);
        var viaApi = await api.PostAsJsonAsync($"/api/chains/{_vr}/nodes/{_gap}/targets", new { firm = "视涯科技", year = Year });
        Assert.Equal(HttpStatusCode.OK, viaApi.StatusCode);
        var second = await factory.WithDbAsync(db => db.AttractionTargets.SingleAsync(t => t.Name == "视涯科技"));
        Assert.Equal((_vr, _gap), (second.ChainId!.Value, second.ChainNodeId!.Value));
    }

    [Fact]
    public async Task The_node_list_exports_every_node_with_its_status_and_firms()
    {
        var client = await PageUserAsync("map-export", "370215", Roles.DistrictStaff);
        var response = await client.GetAsync($"/Chains/Details?id={_display}&Year={Year}&handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var nodes = await factory.WithDbAsync(db => db.ChainNodes.Where(n => n.ChainId == _display).Select(n => n.Name).ToListAsync());
        Assert.Equal(nodes.Order(), rows.Select(r => (string)r["环节名称"]).Order());
        var polariser = rows.Single(r => (string)r["环节名称"] == "链测试 偏光片");
        Assert.Equal("弱", polariser["专班研判"]);
        Assert.Equal(2, Convert.ToInt32(polariser["企业数"], CultureInfo.InvariantCulture));
        Assert.Contains("链测试 乙材料", (string)polariser["环节企业"], StringComparison.Ordinal);
        Assert.Equal("未研判", rows.Single(r => (string)r["环节名称"] == "链测试 玻璃基板")["专班研判"]);
    }
}
