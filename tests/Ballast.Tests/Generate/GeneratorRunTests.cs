using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Data.Generate;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Generate;

/// <summary>The same seed gives the same portfolio on a fresh database; a database that already holds
/// projects is refused unless the run appends, and an appended run keeps codes unique.</summary>
public sealed class GeneratorRunTests(GeneratedFactory generated) : IClassFixture<GeneratedFactory>
{
    private static async Task<(int Code, string Error)> CommandAsync(BallastFactory factory, params string[] args)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var error = new StringWriter();
        var code = await GenerateCommand.RunAsync(scope.ServiceProvider, args, TextWriter.Null, error);
        return (code, error.ToString());
    }

    [Fact]
    public async Task The_same_seed_gives_the_same_data_and_another_seed_other_data()
    {
        var expected = await generated.WithDbAsync(GeneratedChecksum.OfAsync);
        await using var again = new BallastFactory();
        again.Clock.Set(GeneratedFactory.January2024);
        Assert.Equal(0, (await CommandAsync(again, "--scale", "tiny", "--years", "2023")).Code);
        Assert.Equal(expected, await again.WithDbAsync(GeneratedChecksum.OfAsync));

        await using var other = new BallastFactory();
        other.Clock.Set(GeneratedFactory.January2024);
        Assert.Equal(0, (await CommandAsync(other, "--scale", "tiny", "--seed", "7", "--years", "2023")).Code);
        Assert.NotEqual(expected, await other.WithDbAsync(GeneratedChecksum.OfAsync));
    }

    [Fact]
    public async Task A_database_with_projects_is_refused_unless_the_run_appends()
    {
        await using var factory = new BallastFactory();
        factory.Clock.Set(GeneratedFactory.January2024);
        Assert.Equal(0, (await CommandAsync(factory, "--scale", "tiny", "--years", "2023")).Code);
        var before = await factory.WithDbAsync(db => db.Projects.CountAsync());

        var (code, error) = await CommandAsync(factory, "--scale", "tiny", "--years", "2023");
        Assert.Equal(1, code);
        Assert.Contains("already holds 300 projects", error, StringComparison.Ordinal);
        Assert.Contains("--append", error, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDbAsync(db => db.Projects.CountAsync()));

        Assert.Equal(0, (await CommandAsync(factory, "--scale", "tiny", "--years", "2023", "--append")).Code);
        await factory.WithDbAsync(async db =>
        {
            Assert.Equal(2 * before, await db.Projects.CountAsync());
            Assert.Equal(2 * GeneratorScale.Tiny.KeyProjectsPerYear, await db.KeyProjects.CountAsync());
            Assert.Equal(11, await db.ReportingPeriods.CountAsync());
            var names = await db.Projects.Select(p => p.Name).ToListAsync();
            Assert.Equal(names.Count, names.Distinct().Count());
        });
    }

    [Fact]
    public async Task A_year_with_no_ended_month_is_refused()
    {
        await using var factory = new BallastFactory();
        factory.Clock.Set(new DateTimeOffset(2023, 2, 10, 1, 0, 0, TimeSpan.Zero));
        var (code, error) = await CommandAsync(factory, "--scale", "tiny", "--years", "2023");
        Assert.Equal(2, code);
        Assert.Contains("no month of 2023 has ended", error, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync((AppDbContext db) => db.Projects.CountAsync()));
    }
}
