using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Services;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Services;

/// <summary>Firms placed in buildings through <see cref="BuildingTenants"/>: page and API place, move and take out,
/// the building's tax follows its firms, a firm or a user of another district is refused with its reason, and the
/// enterprise's own save no longer sets the building.</summary>
public sealed class BuildingTenantsTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private Task<int> UnitAsync(string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    private async Task<int> BuildingAsync(string name, string unit)
    {
        var owner = await UnitAsync(unit);
        return await factory.WithDbAsync(async db =>
        {
            var b = db.Buildings.Add(new Building { Name = name, OwnerUnitId = owner }).Entity;
            await db.SaveChangesAsync();
            return b.Id;
        });
    }

    private async Task<int> FirmAsync(string name, string unit, decimal? tax, string? uscc = null)
    {
        var owner = await UnitAsync(unit);
        return await factory.WithDbAsync(async db =>
        {
            var e = db.Enterprises.Add(new Enterprise { Name = name, OwnerUnitId = owner, Uscc = uscc }).Entity;
            await db.SaveChangesAsync();
            db.EnterpriseYears.Add(new EnterpriseYear { EnterpriseId = e.Id, Year = 2023, TaxPaid = tax, Source = "税务局", OwnerUnitId = owner });
            await db.SaveChangesAsync();
            return e.Id;
        });
    }

    private Task<int?> BuildingOfAsync(int firm) => factory.WithDbAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.BuildingId).SingleAsync());

    private Task<BuildingTax> TaxAsync(int building) => factory.WithDbAsync(async db => (await BuildingTaxes.ForYearAsync(db, 2023, [building])).Of(building));

    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static Task<HttpResponseMessage> PlaceAsync(HttpClient api, int building, int firm, int? version = null, string query = "") =>
        api.PostAsJsonAsync($"/api/buildings/{Id(building)}/firms{query}", new TenantInput { EnterpriseId = firm, Version = version });

    [Theory]
    [InlineData(new[] { 1_200.5, 3_000.0, 7_000.0 }, 1)]
    [InlineData(new[] { 9_999.0, 1.0 }, 0)]
    [InlineData(new[] { 500.0 }, 2)]
    public async Task Api_places_moves_and_takes_out_and_the_tax_follows(double[] taxes, int silent)
    {
        var tag = $"入驻API {taxes.Length}-{silent}";
        var (a, b) = (await BuildingAsync(tag + " 甲楼", "370211"), await BuildingAsync(tag + " 乙楼", "370211"));
        var firms = new List<int>();
        foreach (var (tax, i) in taxes.Select((t, i) => (t, i)))
        {
            firms.Add(await FirmAsync($"{tag} 企业{i}", "370211", (decimal)tax));
        }
        for (var i = 0; i < silent; i++)
        {
            firms.Add(await FirmAsync($"{tag} 未报企业{i}", "370211", null));
        }
        var api = await ApiAsync("tenant-api-" + taxes.Length + silent, "370211", Roles.DistrictStaff);
        Assert.Equal(TaxSource.NotReported, (await TaxAsync(a)).Source);
        foreach (var f in firms)
        {
            Assert.Equal(HttpStatusCode.OK, (await PlaceAsync(api, a, f)).StatusCode);
        }
        var sum = taxes.Sum(t => (decimal)t);
        Assert.Equal((sum, taxes.Length), ((await TaxAsync(a)).Wan, (await TaxAsync(a)).ReportingFirms));
        var again = await (await PlaceAsync(api, a, firms[0])).Content.ReadFromJsonAsync<TenantsApi.TenantDto>();
        Assert.Null(again!.MovedFrom);

        // Moving the first firm: the answer names the building it left, and each building's tax follows.
        var version = await factory.WithDbAsync(db => db.Enterprises.Where(e => e.Id == firms[0]).Select(e => e.Version).SingleAsync());
        var moved = await (await PlaceAsync(api, b, firms[0], version)).Content.ReadFromJsonAsync<TenantsApi.TenantDto>();
        Assert.Equal(tag + " 甲楼", moved!.MovedFrom);
        Assert.Contains(tag + " 甲楼", moved.Message, StringComparison.Ordinal);
        Assert.Equal(b, await BuildingOfAsync(firms[0]));
        Assert.Equal((decimal)taxes[0], (await TaxAsync(b)).Wan);
        Assert.Equal(taxes.Length == 1 ? null : sum - (decimal)taxes[0], (await TaxAsync(a)).Wan);
        Assert.Equal(HttpStatusCode.Conflict, (await PlaceAsync(api, a, firms[0], version)).StatusCode);
        Assert.Equal(b, await BuildingOfAsync(firms[0]));

        var gone = await api.DeleteAsync($"/api/buildings/{Id(b)}/firms/{Id(firms[0])}");
        Assert.Equal(HttpStatusCode.NoContent, gone.StatusCode);
        Assert.Null(await BuildingOfAsync(firms[0]));
        Assert.Equal(TaxSource.NotReported, (await TaxAsync(b)).Source);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/buildings/{Id(b)}/firms/{Id(firms[0])}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/buildings/{Id(b)}/firms/{Id(firms[^1])}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PlaceAsync(api, a, 0)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PlaceAsync(api, int.MaxValue, firms[0])).StatusCode);
    }

    [Fact]
    public async Task The_page_finds_places_moves_and_takes_out_with_a_message()
    {
        var (a, b) = (await BuildingAsync("入驻页面 甲楼", "370211"), await BuildingAsync("入驻页面 乙楼", "370211"));
        var firm = await FirmAsync("入驻页面 海星科技有限公司", "370211", 2_500m, "91370211PAGE00001X");
        var foreign = await FirmAsync("入驻页面 邻区海星有限公司", "370215", 1m);
        var page = await Browser.SignedInAsync(factory, "tenant-page", await factory.CreateUserAsync("tenant-page", "370211", Roles.DistrictStaff));

        foreach (var find in new[] { "海星科技", "91370211page0000", "入驻页面" })
        {
            var found = await page.GetStringAsync($"/Buildings/Details/{Id(a)}?find={Uri.EscapeDataString(find)}");
            Assert.Contains($"value=\"{Id(firm)}\"", found, StringComparison.Ordinal);
            Assert.DoesNotContain($"value=\"{Id(foreign)}\"", found, StringComparison.Ordinal);
        }
        async Task<HttpResponseMessage> Post(int building, string handler, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = await Browser.AntiforgeryTokenAsync(page, $"/Buildings/Details/{Id(building)}");
            return await page.PostAsync($"/Buildings/Details/{Id(building)}?handler={handler}", new FormUrlEncodedContent(fields));
        }
        var placed = await Post(a, "Place", new() { ["enterpriseId"] = Id(firm) });
        Assert.Equal(HttpStatusCode.Redirect, placed.StatusCode);
        var shown = await page.GetStringAsync(placed.Headers.Location!.OriginalString);
        Assert.Contains("入驻页面 海星科技有限公司 已入驻", shown, StringComparison.Ordinal);
        Assert.Contains("2,500", shown, StringComparison.Ordinal);

        var movedTo = await Post(b, "Place", new() { ["enterpriseId"] = Id(firm) });
        Assert.Contains("已从“入驻页面 甲楼”迁入本楼宇", await page.GetStringAsync(movedTo.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(b, await BuildingOfAsync(firm));
        Assert.Contains($"href=\"/Buildings/Details/{Id(b)}\"", await page.GetStringAsync($"/Enterprises/Details/{Id(firm)}"), StringComparison.Ordinal);

        var refused = await Post(b, "Place", new() { ["enterpriseId"] = Id(foreign) });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("找不到该企业，或不在您的数据范围内", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await BuildingOfAsync(foreign));

        var stale = await Post(b, "Remove", new() { ["enterpriseId"] = Id(firm), ["version"] = "0" });
        Assert.Contains("该企业已被他人修改", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var version = await factory.WithDbAsync(db => db.Enterprises.Where(e => e.Id == firm).Select(e => e.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await Post(b, "Remove", new() { ["enterpriseId"] = Id(firm), ["version"] = Id(version) })).StatusCode);
        Assert.Null(await BuildingOfAsync(firm));
    }

    [Theory]
    [InlineData("370215", "370211", false)]
    [InlineData("370211", "370215", false)]
    [InlineData("370215", "370215-tongji", true)]
    [InlineData("370215-tongji", "370215", true)]
    public async Task A_firm_of_another_district_is_refused_naming_the_field(string firmUnit, string buildingUnit, bool fits)
    {
        var tag = $"入驻区市 {firmUnit}→{buildingUnit}";
        var building = await BuildingAsync(tag + " 楼", buildingUnit);
        var firm = await FirmAsync(tag + " 企业", firmUnit, 100m);
        var office = await ApiAsync("tenant-office-" + firmUnit + "-" + buildingUnit, "dept-drc", Roles.ProgrammeOffice);
        var zh = await PlaceAsync(office, building, firm);
        if (fits)
        {
            Assert.Equal(HttpStatusCode.OK, zh.StatusCode);
            Assert.Equal(building, await BuildingOfAsync(firm));
            return;
        }
        Assert.Equal(HttpStatusCode.BadRequest, zh.StatusCode);
        var errors = (await zh.Content.ReadFromJsonAsync<JsonObject>())!["errors"]!.AsObject();
        Assert.Equal("只能入驻楼宇所在区市的企业", errors["EnterpriseId"]![0]!.GetValue<string>());
        var en = (await (await PlaceAsync(office, building, firm, query: "?culture=en")).Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal("Only a firm of the building's district can be placed in it", en["errors"]!["EnterpriseId"]![0]!.GetValue<string>());
        Assert.Null(await BuildingOfAsync(firm));
    }

    [Fact]
    public async Task A_user_of_another_district_is_refused_on_api_and_page()
    {
        var building = await BuildingAsync("入驻越权 楼", "370211");
        var own = await FirmAsync("入驻越权 西海岸企业", "370211", 1m);
        var theirs = await FirmAsync("入驻越权 即墨企业", "370215", 1m);
        var owner = await ApiAsync("tenant-owner", "370211", Roles.DistrictStaff);
        Assert.Equal(HttpStatusCode.OK, (await PlaceAsync(owner, building, own)).StatusCode);

        var jimo = await ApiAsync("tenant-jimo", "370215", Roles.DistrictStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await PlaceAsync(jimo, building, theirs)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jimo.DeleteAsync($"/api/buildings/{Id(building)}/firms/{Id(own)}")).StatusCode);
        var page = await Browser.SignedInAsync(factory, "tenant-jimo-page", await factory.CreateUserAsync("tenant-jimo-page", "370215", Roles.DistrictStaff));
        var token = await Browser.AntiforgeryTokenAsync(page, "/Buildings");
        foreach (var handler in new[] { "Place", "Remove" })
        {
            var url = $"/Buildings/Details/{Id(building)}?handler={handler}";
            var post = await page.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["enterpriseId"] = Id(handler == "Place" ? theirs : own), ["__RequestVerificationToken"] = token,
            }));
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }
        Assert.Equal(building, await BuildingOfAsync(own));
        Assert.Null(await BuildingOfAsync(theirs));
    }

    [Fact]
    public async Task The_enterprise_api_and_form_no_longer_set_the_building()
    {
        var (a, b) = (await BuildingAsync("入驻企业库 甲楼", "370211"), await BuildingAsync("入驻企业库 乙楼", "370211"));
        var firm = await FirmAsync("入驻企业库 不动企业", "370211", 1m);
        var api = await ApiAsync("tenant-registry", "370211", Roles.DistrictStaff);
        Assert.Equal(HttpStatusCode.OK, (await PlaceAsync(api, a, firm)).StatusCode);

        var detail = (await api.GetFromJsonAsync<JsonObject>($"/api/enterprises/{Id(firm)}"))!;
        var fields = detail["fields"]!.AsObject();
        Assert.False(fields.ContainsKey("buildingId"));
        fields["buildingId"] = b;
        fields["address"] = "改过地址";
        var put = await api.PutAsync($"/api/enterprises/{Id(firm)}", JsonContent.Create(fields));
        Assert.True((int)put.StatusCode < 500, await put.Content.ReadAsStringAsync());
        Assert.Equal(a, await BuildingOfAsync(firm));

        var created = await api.PostAsync("/api/enterprises", JsonContent.Create(new JsonObject
        {
            ["name"] = "入驻企业库 新登记企业", ["notRegistered"] = true, ["ownerUnitId"] = await UnitAsync("370211"), ["buildingId"] = b,
        }));
        Assert.True((int)created.StatusCode < 500, await created.Content.ReadAsStringAsync());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Enterprises.CountAsync(e => e.Name == "入驻企业库 新登记企业" && e.BuildingId != null)));

        var page = await Browser.SignedInAsync(factory, "tenant-registry-page", await factory.CreateUserAsync("tenant-registry-page", "370211", Roles.DistrictStaff));
        Assert.DoesNotContain("Input.BuildingId", await page.GetStringAsync($"/Enterprises/Edit/{Id(firm)}"), StringComparison.Ordinal);
    }
}
