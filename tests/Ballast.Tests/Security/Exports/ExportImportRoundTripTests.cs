using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Text;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Security.Exports;

/// <summary>The project list is a sheet the import reads back: the apostrophe the export puts before
/// formula-leading names comes off again, so a round trip updates the same projects under the same names.
/// The import's own error report, which quotes the uploaded cells, is neutralised like every export.</summary>
public sealed class ExportImportRoundTripTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static readonly string[] Names =
    [
        "=HYPERLINK(\"http://attacker.example\",\"详情\")（往返）", "+86 热线平台（往返）", "-号地块（往返）", "@青岛智造（往返）", "＝等值置换项目（往返）",
        "'80年代厂房（往返）",
    ];

    [Fact]
    public async Task A_project_list_exported_and_imported_back_keeps_every_name_as_it_was()
    {
        var district = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "370202").Select(u => u.Id).SingleAsync());
        await factory.WithDbAsync(async db =>
        {
            var now = db.Time.GetUtcNow();
            db.Projects.AddRange(Names.Select(n => new Project { Name = n, OwnerUnitId = district, TotalInvestment = 5_000m, CreatedAt = now, UpdatedAt = now }));
            return await db.SaveChangesAsync();
        });
        var password = await factory.CreateUserAsync("round-trip", "dept-drc", Roles.ProgrammeOffice);
        var page = await Browser.SignedInAsync(factory, "round-trip", password);
        var api = await Browser.WithTokenAsync(factory, "round-trip", password);

        var exported = await page.GetByteArrayAsync("/Projects?handler=Export&Q=" + Uri.EscapeDataString("（往返）"));
        var cells = SheetCells.Read(exported);
        Assert.Contains(cells, c => c.Value == "'" + Names[0]);
        Assert.Contains(cells, c => c.Value == Names[^1]);
        var response = await api.PostAsync("/api/projects/import", ImportHttp.Upload(new MemoryStream(exported), "projects.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("updated").GetInt32() == Names.Length, result.ToString());
        Assert.Equal(0, result.GetProperty("created").GetInt32());
        Assert.Empty(result.GetProperty("rejected").EnumerateArray());
        var stored = await factory.WithDbAsync(db => db.Projects.Where(p => p.Name.Contains("（往返）")).Select(p => p.Name).ToListAsync());
        Assert.Equal(Names.Order(), stored.Order());
    }

    [Fact]
    public async Task The_import_error_report_neutralises_the_names_it_quotes()
    {
        const string Name = "=cmd|' /C calc'!A0";
        var password = await factory.CreateUserAsync("error-report", "dept-drc", Roles.ProgrammeOffice);
        var page = await Browser.SignedInAsync(factory, "error-report", password);
        var token = await Browser.AntiforgeryTokenAsync(page, "/Projects/Import");
        using var sheet = Excel.Xlsx.Build(["项目名称", "区市", "总投资"], [Name, "火星区", 100d], ["@SUM(A1)", "火星区", 100d]);
        var form = new MultipartFormDataContent { { new StringContent("projects"), "Kind" }, { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(sheet.ToArray());
        file.Headers.ContentType = new(Web.Common.Excel.ListExport.ContentType);
        form.Add(file, "file", "错误.xlsx");

        var preview = await (await page.PostAsync("/Projects/Import?handler=Preview", form)).Content.ReadAsStringAsync();
        var hash = System.Text.RegularExpressions.Regex.Match(preview, "name=\"FileHash\" value=\"([0-9a-f]{64})\"").Groups[1].Value;
        var report = await page.GetByteArrayAsync($"/Projects/Import?Kind=projects&handler=Errors&FileHash={hash}&FileName=x.xlsx");

        var cells = SheetCells.Read(report);
        Assert.Contains(cells, c => c.IsText && c.Value == "'" + Name);
        Assert.Contains(cells, c => c.IsText && c.Value == "'@SUM(A1)");
        Assert.DoesNotContain(cells, c => c.IsText && FormulaText.IsFormulaLike(c.Value));
    }
}
