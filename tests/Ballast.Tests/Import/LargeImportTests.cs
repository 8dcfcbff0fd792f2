using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Import;

/// <summary>A file past the old 20,000-row cap goes in whole: every row written, every write audited.</summary>
public sealed class LargeImportTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task A_file_past_the_old_20000_row_cap_is_accepted_and_every_row_is_committed_and_audited()
    {
        const int Rows = 20_500;
        var client = await ImportHttp.OfficeAsync(factory, "large-import");
        var districts = await factory.WithDbAsync(db => db.Units.Where(u => u.Kind == UnitKind.District).OrderBy(u => u.Id).Select(u => u.Name).ToListAsync());
        var sheet = ImportSheets.Projects(Rows, i => [$"（大批）项目{i}", districts[i % districts.Count], 100d + i]);
        var audited = await factory.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.EntityType == nameof(Project) && e.Channel == "import"));

        var response = await client.PostAsync("/api/projects/import", ImportHttp.Upload(sheet, "大批项目.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await ImportHttp.JsonAsync(response);
        Assert.True(result.GetProperty("committed").GetBoolean());
        Assert.Equal(Rows, result.GetProperty("created").GetInt32());
        Assert.Empty(result.GetProperty("rejected").EnumerateArray());
        var stored = await factory.WithDbAsync(db => db.Projects.Where(p => p.Name.StartsWith("（大批）")).GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Total = g.Sum(p => p.TotalInvestment) }).SingleAsync());
        Assert.Equal(Rows, stored.Count);
        Assert.Equal(Enumerable.Range(1, Rows).Sum(i => 100m + i), stored.Total);
        Assert.Equal(audited + Rows, await factory.WithDbAsync(db =>
            db.AuditEntries.CountAsync(e => e.EntityType == nameof(Project) && e.Channel == "import" && e.Action == AuditActions.Create)));
        Assert.Equal(Rows, await factory.WithDbAsync(db => db.ImportBatches.Where(b => b.FileName == "大批项目.xlsx").Select(b => b.RowsCommitted).SingleAsync()));
    }
}
