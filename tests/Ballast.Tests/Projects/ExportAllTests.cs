using System.Net;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Excel;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Ballast.Tests.Projects;

/// <summary>An export holds every row its filters match: no cap, silent or otherwise.</summary>
public sealed class ExportAllTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private async Task<HttpClient> OfficeAsync(string name) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice));

    private static async Task<List<IDictionary<string, object?>>> RowsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ListExport.ContentType, response.Content.Headers.ContentType!.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        return [.. stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()];
    }

    [Fact]
    public async Task The_project_list_exports_every_matching_row_past_the_old_20000_cap()
    {
        const int Count = 20_050;
        var unit = await SpineData.UnitAsync(factory, "370211");
        await BulkProjects.InsertAsync(factory, "（全量导出）项目", unit, Count);
        var client = await OfficeAsync("export-projects");

        var rows = await RowsAsync(await client.GetAsync("/Projects?handler=Export&Q=" + Uri.EscapeDataString("（全量导出）")));

        // Every row, in the list's order (largest first), the last page's included.
        Assert.Equal(Enumerable.Range(1, Count).Reverse().Select(i => $"（全量导出）项目{i}"), rows.Select(r => (string?)r["项目名称"]));
        Assert.Equal(["项目名称", "责任单位", "产业链", "阶段", "总投资（亿元）", "签约日期", "项目代码", "用地面积（亩）", "宗地编码", "土地使用权取得日期", "标准地"], rows[0].Keys);
        Assert.Equal(await factory.WithDbAsync(db => db.Units.Where(u => u.Id == unit).Select(u => u.Name).SingleAsync()), rows[0]["责任单位"]);
    }

    [Fact]
    public async Task The_problem_list_exports_every_matching_problem_not_only_the_first_page()
    {
        const int Count = ProblemQuery.MaxRows + 10;
        var project = await ProblemSeed.ProjectAsync(factory, "370211", "全量导出 问题项目");
        var assigned = await ProblemSeed.UnitAsync(factory, "dept-miit");
        await factory.WithDbAsync(async db =>
        {
            var owner = await SpineData.UnitAsync(factory, "370211");
            db.Problems.AddRange(Enumerable.Range(1, Count).Select(i => new Problem
            {
                ProjectId = project, OwnerUnitId = owner, Title = $"全量导出 问题{i}", AssignedUnitId = assigned, DueOn = new DateOnly(2023, 9, 1),
                State = ProblemState.Open, RaisedOn = new DateOnly(2023, 7, 1), RaisedBy = "seed",
            }));
            return await db.SaveChangesAsync();
        });
        var client = await OfficeAsync("export-problems");

        var page = await client.GetStringAsync($"/Projects/Problems?Project={project}");
        var rows = await RowsAsync(await client.GetAsync($"/Projects/Problems?handler=Export&Project={project}"));

        Assert.Contains("仅显示前 2,000 个问题", page, StringComparison.Ordinal);
        Assert.Equal(Count, rows.Count);
        Assert.Equal(Count, rows.Select(r => r["问题"]).Distinct().Count());
    }
}
