using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Lists;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Ballast.Web.Common.Excel;

namespace Ballast.Tests.Lists;

/// <summary>The three lists: landing entries audited, a target converted once, carriers validated,
/// scope held on pages and the API, and exports that match the view.</summary>
public sealed partial class ListsTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    private const int Year = 2023;
    private int _xihaian;
    private int _jimo;
    private int _chain;
    private int _xihaianProject;
    private int _jimoProject;
    private int _jimoTarget;
    private int _jimoCarrier;

    public async Task InitializeAsync()
    {
        await factory.WithDbAsync(async db =>
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
            _xihaian = units["370211"];
            _jimo = units["370215"];
            _chain = await db.Chains.OrderBy(c => c.SortOrder).Select(c => c.Id).FirstAsync();
            var now = db.Time.GetUtcNow();
            var a = new Project { Name = "清单测试 西海岸项目", OwnerUnitId = _xihaian, ChainId = _chain, TotalInvestment = 125_000m, Stage = ProjectStage.Signed, CreatedAt = now, UpdatedAt = now };
            var b = new Project { Name = "清单测试 即墨项目", OwnerUnitId = _jimo, TotalInvestment = 60_000m, CreatedAt = now, UpdatedAt = now };
            db.Projects.AddRange(a, b);
            var target = new AttractionTarget { Year = Year, Name = "清单测试 即墨目标", Country = "德国", OwnerUnitId = _jimo, ExpectedInvestment = 30_000m };
            var carrier = new Carrier { Name = "清单测试 即墨厂房", Kind = CarrierKind.Factory, OwnerUnitId = _jimo, AreaSquareMetres = 12_000m };
            db.AttractionTargets.Add(target);
            db.Carriers.Add(carrier);
            await db.SaveChangesAsync();
            (_xihaianProject, _jimoProject, _jimoTarget, _jimoCarrier) = (a.Id, b.Id, target.Id, carrier.Id);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<HttpClient> PageUserAsync(string name, string unit, string role) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private async Task<HttpClient> ApiUserAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    /// <summary>Posts to a page handler with a token from a page that always has a form.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, params (string Name, string Value)[] fields)
    {
        var token = await Browser.AntiforgeryTokenAsync(client, "/Lists/Targets/Edit");
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))
            .Append(new KeyValuePair<string, string>("__RequestVerificationToken", token));
        return await client.PostAsync(url, new FormUrlEncodedContent(body));
    }

    private static List<string> RowNames(string html) =>
        [.. RowPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    [GeneratedRegex("data-testid=\"row\" data-name=\"([^\"]*)\"")]
    private static partial Regex RowPattern();

    [Fact]
    public async Task Adding_and_removing_a_landing_project_is_audited()
    {
        var client = await PageUserAsync("lists-landing", "370211", Roles.DistrictStaff);

        var added = await PostAsync(client, "/Lists/Landing?handler=Add", ("projectId", Id(_xihaianProject)), ("year", "2023"), ("back", "?Year=2023"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/Lists/Landing?Year=2023", added.Headers.Location!.OriginalString);
        var entry = await factory.WithDbAsync(db => db.LandingList.SingleAsync(e => e.ProjectId == _xihaianProject && e.Year == Year));
        Assert.Equal(_xihaian, entry.OwnerUnitId);
        var key = Id(entry.Id);
        var create = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(LandingListEntry) && e.EntityKey == key && e.Action == AuditActions.Create));
        Assert.Equal(("lists-landing", "page"), (create.UserName, create.Channel));

        // Twice is once; the list shows it.
        await PostAsync(client, "/Lists/Landing?handler=Add", ("projectId", Id(_xihaianProject)), ("year", "2023"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.LandingList.CountAsync(e => e.ProjectId == _xihaianProject)));
        var page = await client.GetStringAsync("/Lists/Landing?Year=2023");
        Assert.Contains("清单测试 西海岸项目", RowNames(page));
        Assert.Contains("12.50", page, StringComparison.Ordinal);

        // Another district's project cannot be put on the list.
        var foreign = await PostAsync(client, "/Lists/Landing?handler=Add", ("projectId", Id(_jimoProject)), ("year", "2023"));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        var removed = await PostAsync(client, "/Lists/Landing?handler=Remove", ("entryId", key), ("back", "?Year=2023"));
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await factory.WithDbAsync(db => db.LandingList.AnyAsync(e => e.Id == entry.Id)));
        var delete = await factory.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.EntityType == nameof(LandingListEntry) && e.EntityKey == key && e.Action == AuditActions.Delete));
        Assert.Equal("lists-landing", delete.UserName);
    }

    [Fact]
    public async Task A_target_becomes_a_project_exactly_once()
    {
        var client = await PageUserAsync("lists-convert", "370211", Roles.DistrictStaff);
        var created = await PostAsync(client, "/Lists/Targets/Edit", ("Input.Year", "2023"), ("Input.Name", "清单测试 转化目标"),
            ("Input.Country", "日本"), ("Input.ChainId", Id(_chain)), ("Input.ExpectedInvestment", "80000"), ("Input.OwnerUnitId", Id(_xihaian)));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var target = await factory.WithDbAsync(db => db.AttractionTargets.SingleAsync(t => t.Name == "清单测试 转化目标"));

        var converted = await PostAsync(client, "/Lists/Targets?handler=Convert", ("id", Id(target.Id)));
        Assert.Equal(HttpStatusCode.Redirect, converted.StatusCode);
        var project = await factory.WithDbAsync(db => db.Projects.SingleAsync(p => p.Name == "清单测试 转化目标"));
        Assert.Equal($"/Projects/Details/{project.Id}", converted.Headers.Location!.OriginalString);
        Assert.Equal((ProjectStage.Lead, _chain, _xihaian, 80_000m, "日本"),
            (project.Stage, project.ChainId, project.OwnerUnitId, project.TotalInvestment, project.InvestorCountry));
        Assert.Equal(project.Id, await factory.WithDbAsync(db => db.AttractionTargets.Where(t => t.Id == target.Id).Select(t => t.ProjectId).SingleAsync()));

        // A second conversion is refused, on the page and through the API.
        var again = await PostAsync(client, "/Lists/Targets?handler=Convert", ("id", Id(target.Id)), ("back", "?Year=2023"));
        Assert.Equal("/Lists/Targets?Year=2023", again.Headers.Location!.OriginalString);
        Assert.Contains("该招引目标已转为项目，不能重复转化", await client.GetStringAsync("/Lists/Targets?Year=2023"), StringComparison.Ordinal);
        var api = await ApiUserAsync("lists-convert-api", "370211", Roles.DistrictStaff);
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/lists/targets/{target.Id}/convert", null)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Projects.CountAsync(p => p.Name == "清单测试 转化目标")));

        // A double click: two conversions at once still make one project.
        var second = await factory.WithDbAsync(async db =>
        {
            var t = new AttractionTarget { Year = Year, Name = "清单测试 双击目标", OwnerUnitId = _xihaian };
            db.AttractionTargets.Add(t);
            await db.SaveChangesAsync();
            return t.Id;
        });
        var both = await Task.WhenAll(api.PostAsync($"/api/lists/targets/{second}/convert", null), api.PostAsync($"/api/lists/targets/{second}/convert", null));
        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Conflict], both.Select(r => r.StatusCode).Order());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Projects.CountAsync(p => p.Name == "清单测试 双击目标")));
    }

    [Fact]
    public async Task Carrier_area_rules_answer_in_Chinese_and_write_nothing()
    {
        var api = await ApiUserAsync("lists-carrier-api", "370211", Roles.DistrictStaff);
        var page = await PageUserAsync("lists-carrier-page", "370211", Roles.DistrictStaff);
        var carriers = await factory.WithDbAsync(db => db.Carriers.CountAsync());
        var audit = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        var land = await api.PostAsJsonAsync("/api/lists/carriers", new CarrierInput { Name = "清单测试 无面积土地", Kind = CarrierKind.Land, OwnerUnitId = _xihaian, AreaSquareMetres = 5000m });
        Assert.Equal(HttpStatusCode.BadRequest, land.StatusCode);
        Assert.Contains("土地须填写面积（亩），且大于0", await land.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var nameless = await api.PostAsJsonAsync("/api/lists/carriers", new CarrierInput { Name = "", Kind = CarrierKind.Building, OwnerUnitId = _xihaian, AreaSquareMetres = 100m });
        Assert.Contains("请填写载体名称", await nameless.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var factory0 = await PostAsync(page, "/Lists/Carriers/Edit", ("Input.Name", "清单测试 零面积厂房"), ("Input.Kind", "Factory"),
            ("Input.OwnerUnitId", Id(_xihaian)), ("Input.AreaSquareMetres", "0"), ("Input.AreaMu", "10"), ("Input.Availability", "Available"));
        Assert.Equal(HttpStatusCode.OK, factory0.StatusCode);
        Assert.Contains("楼宇和厂房须填写建筑面积（平方米），且大于0", await factory0.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        Assert.Equal(carriers, await factory.WithDbAsync(db => db.Carriers.CountAsync()));
        Assert.Equal(audit, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));

        // The same carrier with its area is accepted and shown in m² with separators.
        var ok = await PostAsync(page, "/Lists/Carriers/Edit", ("Input.Name", "清单测试 标准厂房"), ("Input.Kind", "Factory"),
            ("Input.OwnerUnitId", Id(_xihaian)), ("Input.AreaSquareMetres", "23456.5"), ("Input.Availability", "Available"), ("Input.AvailableFrom", "2023-09-01"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        var list = await page.GetStringAsync("/Lists/Carriers?Kind=Factory");
        Assert.Contains("23,456.5", list, StringComparison.Ordinal);
        var id = await factory.WithDbAsync(db => db.Carriers.Where(c => c.Name == "清单测试 标准厂房").Select(c => c.Id).SingleAsync());
        Assert.Contains("value=\"2023-09-01\"", await page.GetStringAsync($"/Lists/Carriers/Edit/{id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task District_user_sees_and_changes_only_its_own_targets_and_carriers()
    {
        var page = await PageUserAsync("lists-scope-page", "370211", Roles.DistrictStaff);
        var api = await ApiUserAsync("lists-scope-api", "370211", Roles.DistrictStaff);
        await api.PostAsJsonAsync("/api/lists/carriers", new CarrierInput { Name = "清单测试 西海岸用地", Kind = CarrierKind.Land, OwnerUnitId = _xihaian, AreaMu = 120m });
        await api.PostAsJsonAsync("/api/lists/targets", new TargetInput { Year = Year, Name = "清单测试 西海岸目标", OwnerUnitId = _xihaian });

        var carriers = RowNames(await page.GetStringAsync("/Lists/Carriers"));
        Assert.Contains("清单测试 西海岸用地", carriers);
        Assert.DoesNotContain("清单测试 即墨厂房", carriers);
        var targets = RowNames(await page.GetStringAsync("/Lists/Targets?Year=2023"));
        Assert.Contains("清单测试 西海岸目标", targets);
        Assert.DoesNotContain("清单测试 即墨目标", targets);

        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Lists/Carriers/Edit/{_jimoCarrier}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Lists/Targets/Edit/{_jimoTarget}")).StatusCode);
        var post = await PostAsync(page, $"/Lists/Carriers/Edit/{_jimoCarrier}", ("Input.Name", "改名"), ("Input.Kind", "Factory"),
            ("Input.OwnerUnitId", Id(_xihaian)), ("Input.AreaSquareMetres", "1"), ("Input.Availability", "Available"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(page, "/Lists/Targets?handler=Convert", ("id", Id(_jimoTarget)))).StatusCode);
        var elsewhere = await PostAsync(page, "/Lists/Targets/Edit", ("Input.Year", "2023"), ("Input.Name", "清单测试 越权目标"), ("Input.OwnerUnitId", Id(_jimo)));
        Assert.Contains("只能选择本单位或下属单位", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var apiCarriers = await api.GetFromJsonAsync<List<CarrierRow>>("/api/lists/carriers");
        Assert.All(apiCarriers!, c => Assert.Equal(_xihaian, c.OwnerUnitId));
        var apiTargets = await api.GetFromJsonAsync<List<TargetRow>>("/api/lists/targets?year=2023");
        Assert.All(apiTargets!, t => Assert.Equal(_xihaian, t.OwnerUnitId));
        var put = await api.PutAsJsonAsync($"/api/lists/carriers/{_jimoCarrier}", new CarrierInput { Name = "改名", Kind = CarrierKind.Factory, OwnerUnitId = _xihaian, AreaSquareMetres = 1m });
        Assert.Equal(HttpStatusCode.NotFound, put.StatusCode);
        var putTarget = await api.PutAsJsonAsync($"/api/lists/targets/{_jimoTarget}", new TargetInput { Year = Year, Name = "改名", OwnerUnitId = _xihaian });
        Assert.Equal(HttpStatusCode.NotFound, putTarget.StatusCode);
        var create = await api.PostAsJsonAsync("/api/lists/carriers", new CarrierInput { Name = "清单测试 越权载体", Kind = CarrierKind.Land, OwnerUnitId = _jimo, AreaMu = 5m });
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);

        await factory.WithDbAsync(async db =>
        {
            Assert.Equal("清单测试 即墨厂房", await db.Carriers.Where(c => c.Id == _jimoCarrier).Select(c => c.Name).SingleAsync());
            Assert.Equal("清单测试 即墨目标", await db.AttractionTargets.Where(t => t.Id == _jimoTarget).Select(t => t.Name).SingleAsync());
            Assert.False(await db.Carriers.AnyAsync(c => c.Name == "清单测试 越权载体"));
            Assert.False(await db.AttractionTargets.AnyAsync(t => t.Name == "清单测试 越权目标"));
        });
    }

    [Fact]
    public async Task Exports_and_the_api_match_the_filtered_view()
    {
        await factory.WithDbAsync(async db =>
        {
            db.LandingList.Add(new LandingListEntry { ProjectId = _jimoProject, Year = Year, OwnerUnitId = _jimo });
            db.AttractionTargets.Add(new AttractionTarget { Year = Year, Name = "清单测试 日本目标", Country = "日本", OwnerUnitId = _xihaian, ExpectedInvestment = 45_000m });
            db.Carriers.AddRange(
                new Carrier { Name = "清单测试 即墨用地A", Kind = CarrierKind.Land, OwnerUnitId = _jimo, AreaMu = 1_250m },
                new Carrier { Name = "清单测试 即墨用地B", Kind = CarrierKind.Land, OwnerUnitId = _jimo, AreaMu = 80m, Availability = CarrierAvailability.Reserved },
                new Carrier { Name = "清单测试 西海岸用地X", Kind = CarrierKind.Land, OwnerUnitId = _xihaian, AreaMu = 300m });
            await db.SaveChangesAsync();
        });
        var client = await PageUserAsync("lists-export", "dept-drc", Roles.ProgrammeOffice);
        var api = await ApiUserAsync("lists-export-api", "dept-drc", Roles.ProgrammeOffice);

        var carriers = await AssertExportMatchesAsync(client, $"/Lists/Carriers?Kind=Land&District={_jimo}", "载体名称");
        Assert.Equal(["清单测试 即墨用地A", "清单测试 即墨用地B"], carriers.Select(r => (string)r["载体名称"]));
        Assert.Equal(1_250d, Convert.ToDouble(carriers[0]["土地面积（亩）"], CultureInfo.InvariantCulture));
        var viaApi = await api.GetFromJsonAsync<List<CarrierRow>>($"/api/lists/carriers?kind=Land&district={_jimo}");
        Assert.Equal(carriers.Select(r => (string)r["载体名称"]), viaApi!.Select(c => c.Name));

        var targets = await AssertExportMatchesAsync(client, "/Lists/Targets?Year=2023&Country=日本", "目标企业或项目");
        Assert.Contains(targets, r => (string)r["目标企业或项目"] == "清单测试 日本目标");
        Assert.All(targets, r => Assert.Equal("日本", r["国别（地区）"]));

        var landing = await AssertExportMatchesAsync(client, $"/Lists/Landing?Year=2023&District={_jimo}", "项目名称");
        Assert.Equal(["清单测试 即墨项目"], landing.Select(r => (string)r["项目名称"]));
        Assert.Equal(6d, Convert.ToDouble(landing[0]["总投资（亿元）"], CultureInfo.InvariantCulture));
        var landingApi = await api.GetFromJsonAsync<List<LandingRow>>($"/api/lists/landing?year=2023&district={_jimo}");
        Assert.Equal(["清单测试 即墨项目"], landingApi!.Select(r => r.Name));

        // The overview counts them, and a printed list says what it is.
        var overview = await client.GetStringAsync("/Lists?Year=2023");
        Assert.Contains("data-testid=\"landing-count\">1 ", overview, StringComparison.Ordinal);
        var printed = await client.GetStringAsync("/Lists/Landing?Year=2023");
        Assert.Matches("data-testid=\"print-header\">\\s*<div class=\"h5 mb-1\">重点落地项目清单</div>", printed);
        Assert.Contains("2023-07-10", printed, StringComparison.Ordinal);
    }

    /// <summary>Reads the export back and checks that it holds the page's rows, in the page's order.</summary>
    private static async Task<List<IDictionary<string, object>>> AssertExportMatchesAsync(HttpClient client, string url, string nameColumn)
    {
        var shown = RowNames(await client.GetStringAsync(url));
        Assert.NotEmpty(shown);
        var response = await client.GetAsync(url + "&handler=Export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ListExport.ContentType, response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(shown, rows.Select(r => (string)r[nameColumn]));
        return rows;
    }
}
