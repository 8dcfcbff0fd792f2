using Ballast.Tests.Infrastructure;
using Ballast.Web.Data.Generate;
using Ballast.Web.Features.Compendium;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Generate;

/// <summary><c>generate policies</c>: the policies go through the compendium's save path (a code each, the search index
/// kept), the same seed gives the same compendium, and a bad count is refused with the reason.</summary>
public sealed class PolicyGeneratorTests
{
    private static async Task<(int Code, string Error)> CommandAsync(BallastFactory factory, params string[] args)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var error = new StringWriter();
        var code = await GeneratePoliciesCommand.RunAsync(scope.ServiceProvider, args, TextWriter.Null, error);
        return (code, error.ToString());
    }

    private static Task<List<string>> RecordsAsync(BallastFactory factory) => factory.WithDbAsync(db => db.Policies.OrderBy(p => p.Id)
        .Select(p => p.Title + "|" + p.DocumentNumber + "|" + p.Level + "|" + p.AreaUnitId + "|" + p.EffectiveOn + "|" + p.FullText!.Length).ToListAsync());

    [Fact]
    public async Task The_same_seed_gives_the_same_searchable_policies_and_another_seed_others()
    {
        await using var first = new BallastFactory();
        Assert.Equal(0, (await CommandAsync(first, "--count", "60")).Code);
        var records = await RecordsAsync(first);
        Assert.Equal(60, records.Count);
        await first.WithDbAsync(async db =>
        {
            Assert.Equal(60, await db.Policies.Select(p => p.Code).Distinct().CountAsync());
            Assert.True(await db.Policies.AllAsync(p => p.FullText!.Length >= 2000 && p.IsDemo));
            Assert.True(await db.Policies.AllAsync(p => (p.Level == PolicyLevel.City) == (p.AreaUnitId == null)));
        });
        await using (var scope = first.Services.CreateAsyncScope())
        {
            // Three characters and more go to the FTS5 index on SQLite, two to the scan: both must see the generated texts.
            var search = scope.ServiceProvider.GetRequiredService<PolicySearch>();
            foreach (var term in new[] { "就高不重复", "补助" })
            {
                var hits = await search.Apply(new PolicyQuery { Q = term }).CountAsync();
                var expected = await first.WithDbAsync(db => db.Policies.CountAsync(p => p.FullText!.Contains(term) || p.Summary!.Contains(term)));
                Assert.True(expected > 0, term);
                Assert.Equal(expected, hits);
            }
        }

        await using var again = new BallastFactory();
        Assert.Equal(0, (await CommandAsync(again, "--count", "60", "--seed", "42")).Code);
        Assert.Equal(records, await RecordsAsync(again));
        await using var other = new BallastFactory();
        Assert.Equal(0, (await CommandAsync(other, "--count", "60", "--seed", "7")).Code);
        Assert.NotEqual(records, await RecordsAsync(other));
    }

    [Theory]
    [InlineData("--count needs", "generate policies needs --count")]
    [InlineData("--count 0", "generate policies needs --count")]
    [InlineData("--count 200001", "generate policies needs --count")]
    [InlineData("--count 5 --seed x", "--seed must be a whole number")]
    public async Task A_bad_count_or_seed_is_refused_with_the_reason(string args, string reason)
    {
        await using var factory = new BallastFactory();
        var (code, error) = await CommandAsync(factory, args.Split(' '));
        Assert.Equal(2, code);
        Assert.Contains(reason, error, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Policies.CountAsync()));
    }
}
