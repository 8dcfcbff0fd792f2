using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Services;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Ballast.Tests.Services;

/// <summary>Buildings: the tax roll-up over real rows, the list's filters and export, the one save path on the
/// API with versions and reasons, and the district scope held on pages and API.</summary>
public sealed partial class BuildingsTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    private int _xihaian;
    private int _jimo;
    private int _summed;
    private int _entered;
    private int _silent;
    private int _under;

    public async Task InitializeAsync()
    {
        await factory.WithDbAsync(async db =>
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
            (_xihaian, _jimo) = (units["370211"], units["370215"]);
            if (await db.Buildings.AnyAsync(b => b.Name.StartsWith("楼宇测试")))
            {
                var ids = await db.Buildings.Where(b => b.Name.StartsWith("楼宇测试")).ToDictionaryAsync(b => b.Name, b => b.Id);
                (_summed, _entered, _silent, _under) = (ids["楼宇测试 企业合计"], ids["楼宇测试 录入"], ids["楼宇测试 未报"], ids["楼宇测试 差一分"]);
                return;
            }
            var summed = new Building { Name = "楼宇测试 企业合计", OwnerUnitId = _xihaian, Theme = "金融" };
            var entered = new Building { Name = "楼宇测试 录入", OwnerUnitId = _xihaian, Theme = "软件信息", SpecialtyYear = 2023, SpecialtyLevel = DesignationLevel.City };
            var silent = new Building { Name = "楼宇测试 未报", OwnerUnitId = _jimo, SpecialtyYear = 2022, SpecialtyLevel = DesignationLevel.Provincial };
            var under = new Building { Name = "楼宇测试 差一分", OwnerUnitId = _jimo };
            db.Buildings.AddRange(summed, entered, silent, under);
            await db.SaveChangesAsync();
            Enterprise Firm(string name, int unit, int building) => new() { Name = name, OwnerUnitId = unit, BuildingId = building };
            var f1 = Firm("楼宇测试企业甲", _xihaian, summed.Id);
            var f2 = Firm("楼宇测试企业乙", _xihaian, summed.Id);
            var f3 = Firm("楼宇测试企业丙（未报税）", _xihaian, summed.Id);
            var f4 = Firm("楼宇测试企业丁", _jimo, under.Id);
            db.Enterprises.AddRange(f1, f2, f3, f4);
            await db.SaveChangesAsync();
            EnterpriseYear Year(Enterprise e, int year, decimal? tax) => new() { EnterpriseId = e.Id, Year = year, TaxPaid = tax, Source = "税务局", OwnerUnitId = e.OwnerUnitId };
            db.EnterpriseYears.AddRange(Year(f1, 2023, 6_000m), Year(f2, 2023, 4_000m), Year(f3, 2023, null), Year(f4, 2023, 9_999.99m),
                Year(f1, 2022, 100m));
            // An entered figure where firms reported is kept but not used.
            db.BuildingYears.AddRange(new BuildingYear { BuildingId = summed.Id, Year = 2023, EnteredTax = 1m, Source = "不应使用" },
                new BuildingYear { BuildingId = entered.Id, Year = 2023, EnteredTax = 12_000m, Source = "区税务局" });
            await db.SaveChangesAsync();
            (_summed, _entered, _silent, _under) = (summed.Id, entered.Id, silent.Id, under.Id);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<HttpClient> ApiUserAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    [Fact]
    public async Task Tax_is_the_firms_sum_else_entered_else_not_reported_and_one_yi_exactly_counts()
    {
        var taxes = await factory.WithDbAsync(db => BuildingTaxes.ForYearAsync(db, 2023));
        Assert.Equal((10_000m, TaxSource.Firms, 2, true), (taxes.Of(_summed).Wan, taxes.Of(_summed).Source, taxes.Of(_summed).ReportingFirms, taxes.Of(_summed).IsOverYi));
        Assert.Equal((12_000m, TaxSource.Entered, "区税务局"), (taxes.Of(_entered).Wan, taxes.Of(_entered).Source, taxes.Of(_entered).EnteredSource));
        Assert.Equal((null, TaxSource.NotReported), (taxes.Of(_silent).Wan, taxes.Of(_silent).Source));
        Assert.Equal((9_999.99m, false), (taxes.Of(_under).Wan, taxes.Of(_under).IsOverYi));
        // 2022: only one firm reported; the others are not zero but absent.
        var earlier = await factory.WithDbAsync(db => BuildingTaxes.ForYearAsync(db, 2022));
        Assert.Equal(100m, earlier.Of(_summed).Wan);
        Assert.Equal(TaxSource.NotReported, earlier.Of(_entered).Source);
    }

    [Fact]
    public async Task The_list_filters_by_tax_and_specialty_and_the_export_holds_the_same_rows()
    {
        var client = await ApiUserAsync("bld-office", "dept-drc", Roles.ProgrammeOffice);
        var over = await client.GetFromJsonAsync<List<BuildingsApi.BuildingDto>>("/api/buildings?Year=2023&OverYi=true&Q=楼宇测试");
        Assert.Equal(["楼宇测试 企业合计", "楼宇测试 录入"], over!.Select(b => b.Name).Order());
        var specialty2022 = await client.GetFromJsonAsync<List<BuildingsApi.BuildingDto>>("/api/buildings?Year=2022&Specialty=true&Q=楼宇测试");
        Assert.Equal("楼宇测试 未报", Assert.Single(specialty2022!).Name);
        var jimo = await client.GetFromJsonAsync<List<BuildingsApi.BuildingDto>>($"/api/buildings?Year=2023&District={Id(_jimo)}&Q=楼宇测试");
        Assert.Equal(["楼宇测试 差一分", "楼宇测试 未报"], jimo!.Select(b => b.Name).Order());

        var page = await Browser.SignedInAsync(factory, "bld-page", await factory.CreateUserAsync("bld-page", "dept-drc", Roles.ProgrammeOffice));
        var html = await page.GetStringAsync("/Buildings?Year=2023&OverYi=true&Q=楼宇测试");
        Assert.Equal(["楼宇测试 企业合计", "楼宇测试 录入"], RowNames(html).Order());
        Assert.Contains("data-testid=\"entered\"", html, StringComparison.Ordinal);
        using var stream = new MemoryStream(await page.GetByteArrayAsync("/Buildings?handler=Export&Year=2023&OverYi=true&Q=楼宇测试"));
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(["楼宇测试 企业合计", "楼宇测试 录入"], rows.Select(r => (string)r["楼宇名称"]).Order());
        Assert.Contains(rows, r => (string)r["税收来源"] == "录入");

        var details = await page.GetStringAsync($"/Buildings/Details/{Id(_summed)}?Year=2023");
        Assert.Contains("楼宇测试企业丙（未报税）", details, StringComparison.Ordinal);
        Assert.Contains("10,000", details, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"entered\"", TaxHistory(details), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_saves_through_the_rules_with_versions_and_reasons()
    {
        var client = await ApiUserAsync("bld-writer", "370211", Roles.DistrictStaff);
        var input = new BuildingInput { Name = "楼宇测试 新建", OwnerUnitId = _xihaian, FloorAreaM2 = 50_000m, OccupancyPercent = 80m };
        var created = await client.PostAsJsonAsync("/api/buildings", input);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = (await created.Content.ReadFromJsonAsync<BuildingsApi.BuildingDto>())!;
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsJsonAsync("/api/buildings", input)).StatusCode);

        input.Theme = "总部经济";
        input.Version = dto.Version;
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync($"/api/buildings/{Id(dto.Id)}", input)).StatusCode);
        var stale = await client.PutAsJsonAsync($"/api/buildings/{Id(dto.Id)}", input);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        foreach (var (bad, field) in new (Action<BuildingInput>, string)[]
        {
            (b => b.SpecialtyYear = 2023, "SpecialtyLevel"),
            (b => b.SpecialtyLevel = DesignationLevel.City, "SpecialtyYear"),
            (b => b.OccupancyPercent = 100.5m, "OccupancyPercent"),
            (b => b.FloorAreaM2 = -1m, "FloorAreaM2"),
            (b => b.Name = "", "Name"),
            (b => b.OwnerUnitId = 0, "OwnerUnitId"),
        })
        {
            var variant = new BuildingInput { Name = "楼宇测试 校验", OwnerUnitId = _xihaian };
            bad(variant);
            var refused = await client.PostAsJsonAsync("/api/buildings", variant);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(field, await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }

        var tax = await client.PutAsJsonAsync($"/api/buildings/{Id(dto.Id)}/tax", new BuildingTaxInput { Year = 2023, EnteredTax = 10_000m, Source = "区税务局" });
        var taxed = (await tax.Content.ReadFromJsonAsync<BuildingsApi.BuildingDto>())!;
        Assert.Equal((10_000m, TaxSource.Entered), (taxed.TaxWan, taxed.TaxSource));
        var noSource = await client.PutAsJsonAsync($"/api/buildings/{Id(dto.Id)}/tax", new BuildingTaxInput { Year = 2023, EnteredTax = 1m, Source = "" });
        Assert.Equal(HttpStatusCode.BadRequest, noSource.StatusCode);
    }

    [Fact]
    public async Task A_district_neither_reads_nor_changes_another_districts_building()
    {
        var api = await ApiUserAsync("bld-xihaian", "370211", Roles.DistrictStaff);
        Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync($"/api/buildings/{Id(_silent)}")).StatusCode);
        var input = new BuildingInput { Name = "楼宇测试 越权", OwnerUnitId = _jimo, Version = 0 };
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"/api/buildings/{Id(_silent)}", input)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"/api/buildings/{Id(_silent)}/tax",
            new BuildingTaxInput { Year = 2023, EnteredTax = 1m, Source = "越权" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/buildings", input)).StatusCode);
        var mine = await api.GetFromJsonAsync<List<BuildingsApi.BuildingDto>>("/api/buildings?Year=2023&Q=楼宇测试");
        Assert.DoesNotContain(mine!, b => b.OwnerUnitId == _jimo);
        Assert.Contains(mine!, b => b.Id == _summed);

        var page = await Browser.SignedInAsync(factory, "bld-xihaian-page", await factory.CreateUserAsync("bld-xihaian-page", "370211", Roles.DistrictStaff));
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Buildings/Details/{Id(_silent)}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Buildings/Edit/{Id(_silent)}")).StatusCode);
        var token = await Browser.AntiforgeryTokenAsync(page, "/Buildings/Edit");
        var post = await page.PostAsync($"/Buildings/Edit/{Id(_silent)}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "楼宇测试 越权", ["Input.OwnerUnitId"] = Id(_xihaian), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal("楼宇测试 未报", await factory.WithDbAsync(db => db.Buildings.Where(b => b.Id == _silent).Select(b => b.Name).SingleAsync()));
        Assert.DoesNotContain("楼宇测试 未报", await page.GetStringAsync("/Buildings?Year=2023"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Areas_are_kept_by_the_granting_department_or_the_office_with_reasons()
    {
        var drc = await ApiUserAsync("area-drc", "dept-drc", Roles.DepartmentStaff);
        var miit = await ApiUserAsync("area-miit", "dept-miit", Roles.DepartmentStaff);
        var input = new AreaInput { KindCode = AreaKinds.Cluster, SubjectName = "楼宇测试 集聚区", Level = DesignationLevel.City, Year = 2023, DistrictUnitId = _xihaian };
        Assert.Equal(HttpStatusCode.Forbidden, (await miit.PostAsJsonAsync("/api/service-areas", input)).StatusCode);
        var created = await drc.PostAsJsonAsync("/api/service-areas", input);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var row = (await created.Content.ReadFromJsonAsync<AreaRow>())!;
        Assert.Equal(HttpStatusCode.BadRequest, (await drc.PostAsJsonAsync("/api/service-areas", input)).StatusCode);
        input.Level = DesignationLevel.Provincial;
        input.Version = row.Version;
        Assert.Equal(HttpStatusCode.Forbidden, (await miit.PutAsJsonAsync($"/api/service-areas/{Id(row.Id)}", input)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await drc.PutAsJsonAsync($"/api/service-areas/{Id(row.Id)}", input)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await drc.PutAsJsonAsync($"/api/service-areas/{Id(row.Id)}", input)).StatusCode);

        foreach (var (bad, field) in new (Action<AreaInput>, string)[]
        {
            (a => a.KindCode = "little-giant", "KindCode"),
            (a => a.KindCode = "no-such-kind", "KindCode"),
            (a => a.SubjectName = " ", "SubjectName"),
            (a => a.Level = null, "Level"),
            (a => a.Year = 1990, "Year"),
        })
        {
            var variant = new AreaInput { KindCode = AreaKinds.InnovationCentre, SubjectName = "楼宇测试 校验中心", Level = DesignationLevel.Provincial, Year = 2023 };
            bad(variant);
            var refused = await drc.PostAsJsonAsync("/api/service-areas", variant);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(field, await refused.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
    }

    private static List<string> RowNames(string html) =>
        [.. RowPattern().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private static string TaxHistory(string html) => html[html.IndexOf("tax-history", StringComparison.Ordinal)..html.IndexOf("firms-table", StringComparison.Ordinal)];

    [GeneratedRegex("data-testid=\"row\" data-name=\"([^\"]*)\"")]
    private static partial Regex RowPattern();
}
