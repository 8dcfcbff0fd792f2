using Ballast.Tests.Infrastructure;
using Ballast.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Import;

/// <summary>Rows meet the projects already in the database through the import's keyed lookup, which
/// is built a batch of rows at a time: wherever in the file a row stands — first, last, either side of
/// a batch's edge — it updates the project it names instead of adding a second one.</summary>
public sealed class KeyedLookupTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const int Rows = 2_100;

    /// <summary>Where in the file the rows naming existing projects stand (1-based data rows).</summary>
    public static TheoryData<int> Positions => [1, 998, 999, 1000, 1001, Rows - 3];

    [Theory]
    [MemberData(nameof(Positions))]
    public async Task Existing_projects_are_updated_in_place_wherever_their_rows_stand(int at)
    {
        var tag = $"（键{at}）";
        var (shinan, shibei) = (await SpineData.UnitAsync(factory, "370202"), await SpineData.UnitAsync(factory, "370203"));
        var code = $"2304-370202-04-01-{at:D6}";
        var (byName, byCode, elsewhere, merged) = await factory.WithDbAsync(async db =>
        {
            var name = SpineData.NewProject(db, $"{tag}同名项目", shinan, 1m);
            var coded = SpineData.NewProject(db, $"{tag}旧名称", shinan, 1m);
            coded.ProjectCode = code;
            var other = SpineData.NewProject(db, $"{tag}他区项目", shibei, 1m);
            var gone = SpineData.NewProject(db, $"{tag}已合并项目", shinan, 1m);
            db.Projects.AddRange(name, coded, other, gone);
            await db.SaveChangesAsync();
            gone.MergedIntoId = name.Id;
            await db.SaveChangesAsync();
            return (name.Id, coded.Id, other.Id, gone.Id);
        });
        object?[] Row(int i) => (i - at) switch
        {
            0 => [$"{tag}同名项目", "市南区", 500d, null],
            1 => [$"{tag}新名称", "市南区", 600d, code],
            2 => [$"{tag}他区项目", "市南区", 700d, null],
            3 => [$"{tag}已合并项目", "市南区", 800d, null],
            _ => [$"{tag}新项目{i}", "市南区", 100d, null],
        };
        var client = await ImportHttp.OfficeAsync(factory, $"keyed-{at}");

        var preview = await ImportHttp.JsonAsync(await client.PostAsync("/api/projects/import?dryRun=true", ImportHttp.Upload(ImportSheets.Projects(Rows, Row))));
        var result = await ImportHttp.JsonAsync(await client.PostAsync("/api/projects/import", ImportHttp.Upload(ImportSheets.Projects(Rows, Row))));

        Assert.Equal(Rows, preview.GetProperty("good").GetInt32());
        Assert.Equal((Rows - 2, 2), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        var stored = await factory.WithDbAsync(db => db.Projects.AsNoTracking().Where(p => p.Name.StartsWith(tag)).ToListAsync());
        Assert.Equal(Rows + 2, stored.Count);
        // Matched by name within the unit, and by code whatever the name: updated, not duplicated.
        Assert.Equal(500m, Assert.Single(stored, p => p.Name == $"{tag}同名项目").TotalInvestment);
        var renamed = Assert.Single(stored, p => p.ProjectCode == code);
        Assert.Equal((byCode, $"{tag}新名称", 600m), (renamed.Id, renamed.Name, renamed.TotalInvestment));
        Assert.Equal(byName, stored.Single(p => p.Name == $"{tag}同名项目").Id);
        // The same name in another unit, or on a merged record, is another project.
        Assert.Equal([1m, 700m], stored.Where(p => p.Name == $"{tag}他区项目").Select(p => p.TotalInvestment).Order());
        Assert.Contains(stored, p => p.Id == elsewhere && p.TotalInvestment == 1m);
        Assert.Equal([1m, 800m], stored.Where(p => p.Name == $"{tag}已合并项目").Select(p => p.TotalInvestment).Order());
        Assert.Contains(stored, p => p.Id == merged && p.TotalInvestment == 1m);
    }

    [Theory]
    [InlineData(2, 3)]
    [InlineData(5, 1500)]
    public async Task Two_rows_naming_one_project_by_different_keys_are_the_same_project(int first, int second)
    {
        var tag = $"（同一{second}）";
        var shinan = await SpineData.UnitAsync(factory, "370202");
        var code = $"2304-370202-04-01-{900_000 + second}";
        await factory.WithDbAsync(async db =>
        {
            var p = SpineData.NewProject(db, $"{tag}原项目", shinan, 1m);
            p.ProjectCode = code;
            db.Projects.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        object?[] Row(int i) => i == first ? [$"{tag}改名项目", "市南区", 200d, code]
            : i == second ? [$"{tag}原项目", "市南区", 300d, null]
            : [$"{tag}新项目{i}", "市南区", 100d, null];
        var client = await ImportHttp.OfficeAsync(factory, $"same-{second}");

        var result = await ImportHttp.JsonAsync(await client.PostAsync("/api/projects/import", ImportHttp.Upload(ImportSheets.Projects(second + 1, Row))));

        // Sheet rows count the header: data row n is row n + 1.
        Assert.Equal([$"{second + 1}: 与第 {first + 1} 行是同一项目"], ImportHttp.Rejections(result, "rejected"));
        var project = await factory.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.ProjectCode == code));
        Assert.Equal(($"{tag}改名项目", 200m), (project.Name, project.TotalInvestment));
        Assert.False(await factory.WithDbAsync(db => db.Projects.AnyAsync(p => p.Name == $"{tag}原项目")));
    }
}
