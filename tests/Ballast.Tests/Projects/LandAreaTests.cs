using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Excel;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Projects;

/// <summary>The land a project uses (用地面积, 亩) reaches every channel: the edit page, the details
/// page, the API (read and write) and the import, under whatever header a sheet gives it.</summary>
public sealed class LandAreaTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private Task<decimal?> StoredAsync(string name) =>
        factory.WithDbAsync(db => db.Projects.Where(p => p.Name == name).Select(p => p.LandAreaMu).SingleAsync());

    [Fact]
    public async Task Land_area_is_saved_and_shown_through_page_and_api()
    {
        var password = await factory.CreateUserAsync("land-office", "dept-drc", Roles.ProgrammeOffice);
        var unit = await SpineData.UnitAsync(factory, "370211");
        var page = await Browser.SignedInAsync(factory, "land-office", password);
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = "（用地）页面项目", ["Input.OwnerUnitId"] = $"{unit}", ["Input.TotalInvestment"] = "5000",
            ["Input.LandAreaMu"] = "85.5", ["InitialStage"] = "Lead",
        };
        await Browser.PostFormAsync(page, "/Projects/Edit", form);
        Assert.Equal(85.5m, await StoredAsync("（用地）页面项目"));
        var id = await factory.WithDbAsync(db => db.Projects.Where(p => p.Name == "（用地）页面项目").Select(p => p.Id).SingleAsync());
        Assert.Contains("85.5", await page.GetStringAsync($"/Projects/Details/{id}"), StringComparison.Ordinal);

        var api = await Browser.WithTokenAsync(factory, "land-office", password);
        var created = await api.PostAsJsonAsync("/api/projects", new { name = "（用地）接口项目", ownerUnitId = unit, totalInvestment = 3000m, landAreaMu = 120.25m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var apiId = await factory.WithDbAsync(db => db.Projects.Where(p => p.Name == "（用地）接口项目").Select(p => p.Id).SingleAsync());
        var detail = (await api.GetFromJsonAsync<ProjectDetail>($"/api/projects/{apiId}"))!;
        Assert.Equal(120.25m, detail.Input.LandAreaMu);
    }

    [Theory]
    [InlineData("用地面积（亩）", "66.7")]
    [InlineData("占地面积", "1,200")]
    [InlineData("用地面积", "３０")]
    public async Task The_import_reads_land_area_under_the_headers_offices_use(string header, string cell)
    {
        var api = await ImportHttp.OfficeAsync(factory, $"land-import-{header.Length}-{cell.Length}");
        var name = $"（用地导入）{header}";
        var sheet = Xlsx.Build(["项目名称", "区市", "总投资（万元）", header], [name, "西海岸新区", "8000", cell]);
        var response = await api.PostAsync("/api/projects/import", ImportHttp.Upload(sheet, $"{header}.xlsx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var expected = decimal.Parse(cell.Replace(",", "", StringComparison.Ordinal).Replace("３０", "30", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        Assert.Equal(expected, await StoredAsync(name));
    }
}
