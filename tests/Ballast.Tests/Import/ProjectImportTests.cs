using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Excel;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Import;

/// <summary>Imports tried the way a new user would: with the sheet their office already keeps.</summary>
public sealed class ProjectImportTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static readonly JsonSerializerOptions Json = ImportHttp.Json;

    /// <summary>A sheet in the shape such offices keep: a title, a unit note, a two-row header with
    /// a merged group, district names as people write them, full-width digits, 1.2亿 in a number
    /// cell, Chinese dates, a totals row — and two bad rows.</summary>
    private static MemoryStream OfficeSheet(string tag) => Xlsx.Build(
    [
        ["2023年青岛市重点项目推进情况表", null, null, null, null, null, null, null, null],
        ["填报单位：市发展改革委", null, null, null, null, null, null, "单位：亿元", null],
        ["序号", "项目名称", "所在区市", "建设单位", "投资情况", null, "项目状态", "签约时间", "开工时间"],
        [null, null, null, null, "总投资", "年度计划", null, null, null],
        ["1", $"（测试{tag}）海洋装备智造基地", "黄岛区", "青岛测试装备有限公司", "１２.５", "3", "在建", "2022.5.1", "2022年8月1日"],
        ["2", $"（测试{tag}）食品精深加工项目", "即墨", "青岛测试食品有限公司", "1.2亿", "0.5", "签约", "2023-03-15", null],
        ["3", $"（测试{tag}）错误区市项目", "火星区", "某公司", "5", "1", "签约", "2023-03-15", null],
        ["4", null, "即墨区", "某公司", "5", "1", "签约", "2023-03-15", null],
        ["合计", null, null, null, "23.7", "4.5", null, null, null],
    ], ["E3:F3"]);

    private Task<HttpClient> OfficeAsync(string name) => ImportHttp.OfficeAsync(factory, name);

    private static MultipartFormDataContent Upload(MemoryStream sheet, string fileName = "重点项目.xlsx") => ImportHttp.Upload(sheet, fileName);

    [Fact]
    public async Task An_unseen_office_sheet_is_read_good_rows_commit_and_bad_rows_say_why()
    {
        var client = await OfficeAsync("import-office");
        var preview = await (await client.PostAsync("/api/projects/import?dryRun=true", Upload(OfficeSheet("A")))).Content.ReadFromJsonAsync<JsonElement>(Json);
        var rows = preview.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Projects.CountAsync(p => p.Name.StartsWith("（测试A）"))));

        var response = await client.PostAsync("/api/projects/import", Upload(OfficeSheet("A")));
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.True(result.GetProperty("committed").GetBoolean());
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var rejected = result.GetProperty("rejected").EnumerateArray().ToList();
        Assert.Equal([7, 8], rejected.Select(r => r.GetProperty("rowNumber").GetInt32()));
        Assert.Contains("「区市」未找到：火星区", rejected[0].GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("项目名称", rejected[1].GetProperty("problems")[0].GetString(), StringComparison.Ordinal);

        var marine = await factory.WithDbAsync(db => db.Projects.Include(p => p.OwnerUnit).SingleAsync(p => p.Name == "（测试A）海洋装备智造基地"));
        Assert.Equal(125_000m, marine.TotalInvestment);
        Assert.Equal("370211", marine.OwnerUnit!.Code);
        Assert.Equal(ProjectStage.Started, marine.Stage);
        Assert.Equal(new DateOnly(2022, 5, 1), marine.SignedOn);
        Assert.Equal(new DateOnly(2022, 8, 1), marine.StartedOn);
        var food = await factory.WithDbAsync(db => db.Projects.Include(p => p.OwnerUnit).SingleAsync(p => p.Name == "（测试A）食品精深加工项目"));
        Assert.Equal(12_000m, food.TotalInvestment);
        Assert.Equal("370215", food.OwnerUnit!.Code);
        var plans = await factory.WithDbAsync(db => db.KeyProjects.Where(k => k.ProjectId == marine.Id || k.ProjectId == food.Id).OrderBy(k => k.PlannedInvestment).Select(k => k.PlannedInvestment).ToListAsync());
        Assert.Equal([5_000m, 30_000m], plans);
        var channel = await factory.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityType == nameof(Project) && e.EntityKey == marine.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(e => e.Channel).FirstAsync());
        Assert.Equal("import", channel);
    }

    [Fact]
    public async Task The_same_file_twice_changes_nothing()
    {
        var client = await OfficeAsync("import-twice");
        var sheet = OfficeSheet("B");
        await client.PostAsync("/api/projects/import", Upload(sheet));
        var before = await factory.WithDbAsync(db => db.Projects.CountAsync());
        var audit = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());
        var again = await (await client.PostAsync("/api/projects/import", Upload(sheet))).Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.False(again.GetProperty("committed").GetBoolean());
        Assert.Contains("未重复导入", again.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Projects.CountAsync()));
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.CountAsync()) - audit <= 2, "only the sign-in of the token request may add to the trail");
    }

    [Fact]
    public async Task A_changed_sheet_updates_the_same_projects_instead_of_duplicating_them()
    {
        var client = await OfficeAsync("import-update");
        await client.PostAsync("/api/projects/import", Upload(Xlsx.Build(
            ["项目名称", "区市", "总投资（万元）", "项目代码"],
            ["（测试C）智能家电产业园", "城阳区", "80000", "2304-370214-04-01-123456"])));
        var result = await (await client.PostAsync("/api/projects/import", Upload(Xlsx.Build(
            ["项目名称", "区市", "总投资（万元）", "项目代码", "建设内容"],
            ["（测试C）智能家电产业园", "城阳区", "95000", "2304-370214-04-01-123456", "新建厂房"])))).Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(1, result.GetProperty("updated").GetInt32());
        var projects = await factory.WithDbAsync(db => db.Projects.Where(p => p.Name == "（测试C）智能家电产业园").ToListAsync());
        Assert.Single(projects);
        Assert.Equal(95_000m, projects[0].TotalInvestment);
        Assert.Equal("新建厂房", projects[0].ConstructionContent);
    }

    [Fact]
    public async Task A_district_cannot_import_into_another_district()
    {
        var password = await factory.CreateUserAsync("import-district", "370211", Roles.DistrictStaff);
        var client = await Browser.WithTokenAsync(factory, "import-district", password);
        var result = await (await client.PostAsync("/api/projects/import", Upload(Xlsx.Build(
            ["项目名称", "区市", "总投资（万元）"],
            ["（测试D）本区项目", "西海岸新区", "1000"],
            ["（测试D）外区项目", "莱西市", "1000"])))).Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(1, result.GetProperty("created").GetInt32());
        var rejected = result.GetProperty("rejected").EnumerateArray().Single();
        Assert.Contains("不在您的数据范围内", rejected.GetProperty("problems")[0].GetString(), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.Projects.AnyAsync(p => p.Name == "（测试D）外区项目")));
    }

    [Fact]
    public async Task A_file_that_is_not_a_workbook_is_refused_in_Chinese_and_writes_nothing()
    {
        var client = await OfficeAsync("import-junk");
        var before = await factory.WithDbAsync(db => db.Projects.CountAsync());
        var junk = new MemoryStream("项目名称,区市\n测试,即墨区\n"u8.ToArray());
        var response = await client.PostAsync("/api/projects/import", Upload(junk, "projects.csv"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.False(result.GetProperty("committed").GetBoolean());
        Assert.NotEmpty(result.GetProperty("sheetErrors").EnumerateArray());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Projects.CountAsync()));
    }

    [Fact]
    public async Task The_template_downloads_and_imports_as_is()
    {
        var password = await factory.CreateUserAsync("import-template", "dept-drc", Roles.ProgrammeOffice);
        var page = await Browser.SignedInAsync(factory, "import-template", password);
        var template = await page.GetAsync("/Projects/Import?Kind=projects&handler=Template");
        Assert.Equal(HttpStatusCode.OK, template.StatusCode);
        var bytes = await template.Content.ReadAsByteArrayAsync();
        var api = await Browser.WithTokenAsync(factory, "import-template", password);
        var result = await (await api.PostAsync("/api/projects/import", Upload(new MemoryStream(bytes)))).Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(1, result.GetProperty("created").GetInt32());
        var example = await factory.WithDbAsync(db => db.Projects.SingleAsync(p => p.Name == "（示例）某某智能制造产业园"));
        Assert.Equal(150_000m, example.TotalInvestment);
        Assert.Equal(ProjectStage.Signed, example.Stage);
    }
}
