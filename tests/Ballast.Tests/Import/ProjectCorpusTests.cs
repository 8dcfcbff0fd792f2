using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Import;

/// <summary>Every shape of <see cref="ProjectCorpus"/> through preview and commit on the real
/// database: the exact values stored, the exact rows refused and why, and nothing else touched.</summary>
public sealed class ProjectCorpusTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const int Year = 2023;

    public static TheoryData<string> Shapes => [.. ProjectCorpus.Shapes];

    private sealed record Snapshot(int Projects, int Keys, string Sentinel);

    private Task<Snapshot> SnapshotAsync(string sentinel) => factory.WithDbAsync(async db =>
    {
        var s = await db.Projects.AsNoTracking().Where(p => p.Name == sentinel)
            .Select(p => $"{p.TotalInvestment}|{p.ProjectCode}|{p.Version}|{p.UpdatedAt:O}|{p.Stage}|{db.KeyProjects.Where(k => k.ProjectId == p.Id).Select(k => k.PlannedInvestment).FirstOrDefault()}")
            .SingleAsync();
        return new Snapshot(await db.Projects.CountAsync(), await db.KeyProjects.CountAsync(), s);
    });

    /// <summary>A project no sheet names, on the year's list: it must come out of every import as it went in.</summary>
    private async Task<string> SentinelAsync(string shape)
    {
        var name = $"（哨兵{shape}）不应改变的项目";
        var unit = await Projects.SpineData.UnitAsync(factory, "370211");
        await Projects.SpineData.KeyProjectAsync(factory, name, unit, Year, 4_321m);
        return name;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_shape_previews_then_commits_exactly_its_good_rows(string shape)
    {
        var sheet = ProjectCorpus.Build(shape, ProjectCorpus.Shapes.ToList().IndexOf(shape) + 1);
        var client = await ImportHttp.OfficeAsync(factory, $"corpus-{shape}");
        var sentinel = await SentinelAsync(shape);
        var before = await SnapshotAsync(sentinel);

        var preview = await ImportHttp.JsonAsync(await client.PostAsync("/api/projects/import?dryRun=true", ImportHttp.Upload(ImportHttp.Sheet(sheet.Rows, sheet.Merges))));
        Assert.Empty(preview.GetProperty("sheetErrors").EnumerateArray());
        Assert.Equal(sheet.Rejected, ImportHttp.Rejections(preview, "rows"));
        Assert.Equal(sheet.Stored.Count, preview.GetProperty("good").GetInt32());
        Assert.Equal(before, await SnapshotAsync(sentinel));

        var response = await client.PostAsync("/api/projects/import", ImportHttp.Upload(ImportHttp.Sheet(sheet.Rows, sheet.Merges)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ImportHttp.JsonAsync(response);
        Assert.Equal(sheet.Stored.Count, result.GetProperty("created").GetInt32());
        Assert.Equal(sheet.Rejected, ImportHttp.Rejections(result, "rejected"));

        var after = await SnapshotAsync(sentinel);
        Assert.Equal(before.Sentinel, after.Sentinel);
        Assert.Equal(before.Projects + sheet.Stored.Count, after.Projects);
        Assert.Equal(before.Keys + (sheet.KeySheet ? sheet.Stored.Count : 0), after.Keys);
        foreach (var v in sheet.Stored)
        {
            await AssertStoredAsync(v, sheet.KeySheet);
        }
    }

    private async Task AssertStoredAsync(ProjectValues v, bool keySheet)
    {
        var p = await factory.WithDbAsync(db => db.Projects.Include(x => x.OwnerUnit).AsNoTracking().SingleAsync(x => x.Name == v.Name));
        Assert.Equal((v.TotalWan, v.District, v.Code, v.Signed, v.Started), (p.TotalInvestment, p.OwnerUnit!.Code, p.ProjectCode, p.SignedOn, p.StartedOn));
        Assert.Equal(v.Started is null ? ProjectStage.Signed : ProjectStage.Started, p.Stage);
        var keys = await factory.WithDbAsync(db => db.KeyProjects.AsNoTracking().Where(k => k.ProjectId == p.Id).ToListAsync());
        if (keySheet)
        {
            // A pending plan stays on the year's list as null (待下达), never 0.
            var key = Assert.Single(keys);
            Assert.Equal((Year, KeyProjectClass.Construction, v.PlanWan), (key.Year, key.Class, key.PlannedInvestment));
        }
        else
        {
            Assert.Empty(keys);
        }
    }
}
