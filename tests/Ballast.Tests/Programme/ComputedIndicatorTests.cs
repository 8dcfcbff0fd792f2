using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Programme;

/// <summary>Indicators computed from records equal a hand count of a small fixture, and their links
/// lead to exactly the rows counted.</summary>
public sealed class ComputedIndicatorTests(BallastFactory factory) : IClassFixture<BallastFactory>, IAsyncLifetime
{
    private readonly List<int> _expectedChainSigned = [];

    public async Task InitializeAsync()
    {
        await factory.WithDbAsync(async db =>
        {
            // xunit makes a new instance per test: the fixture's data is written once.
            if (await db.Projects.AnyAsync(p => p.Name.StartsWith("计数 ")))
            {
                _expectedChainSigned.AddRange(await db.Projects.Where(p => p.Name.StartsWith("计数 ")).Select(p => p.Id).ToListAsync());
                return;
            }
            var unit = await db.Units.Where(u => u.Code == "370214").Select(u => u.Id).SingleAsync();
            var chain = await db.Chains.Where(c => c.IsProgrammeChain && !c.IsPlaceholder).Select(c => c.Id).FirstAsync();
            var future = await db.Chains.Where(c => !c.IsProgrammeChain).Select(c => c.Id).FirstAsync();
            var now = db.Time.GetUtcNow();
            Project Make(string name, decimal wan, int? chainId, DateOnly? signed, DateOnly? started = null, int? expansionOf = null) => new()
            {
                Name = name, OwnerUnitId = unit, TotalInvestment = wan, ChainId = chainId, SignedOn = signed, StartedOn = started,
                Stage = started is not null ? ProjectStage.Started : signed is not null ? ProjectStage.Signed : ProjectStage.Lead,
                ExpansionOfId = expansionOf, CreatedAt = now, UpdatedAt = now, CreatedOn = new DateOnly(2023, 1, 1),
            };
            var counted1 = Make("计数 链上6亿", 60_000m, chain, new DateOnly(2023, 2, 1));
            var counted2 = Make("计数 链上5亿整", 50_000m, chain, new DateOnly(2023, 8, 1));
            var big = Make("计数 60亿 当年签约并开工", 600_000m, chain, new DateOnly(2023, 3, 1), new DateOnly(2023, 5, 1));
            db.Projects.AddRange(counted1, counted2, big,
                Make("不计 4.9亿", 49_000m, chain, new DateOnly(2023, 2, 1)),
                Make("不计 非24条链", 80_000m, future, new DateOnly(2023, 2, 1)),
                Make("不计 2022年签约", 80_000m, chain, new DateOnly(2022, 12, 31)),
                Make("不计 在谈", 80_000m, chain, null));
            await db.SaveChangesAsync();
            db.Projects.Add(Make("不计 扩建", 90_000m, chain, new DateOnly(2023, 4, 1), expansionOf: counted1.Id));
            await db.SaveChangesAsync();
            _expectedChainSigned.AddRange([counted1.Id, counted2.Id, big.Id]);
        });
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Chain_signings_and_big_projects_equal_the_hand_count_and_link_to_the_same_rows()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var computed = scope.ServiceProvider.GetRequiredService<ComputedIndicators>();
        var chainSigned = await computed.ComputeAsync("chain-signed-5yi", 2023, 9);
        Assert.Equal(3m, chainSigned.Value);
        var big = await computed.ComputeAsync("big-new-or-started", 2023, 9);
        Assert.Equal(1m, big.Value);

        var password = await factory.CreateUserAsync("computed-office", "dept-drc", Roles.ProgrammeOffice);
        var client = await Browser.WithTokenAsync(factory, "computed-office", password);
        var linked = await client.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>("/api" + chainSigned.Link);
        Assert.Equal(_expectedChainSigned.Order(), linked!.Select(p => p.Id).Order());
        var bigRows = await client.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>("/api" + big.Link);
        Assert.Equal("计数 60亿 当年签约并开工", Assert.Single(bigRows!).Name);
    }

    [Fact]
    public async Task The_parks_indicator_counts_from_the_parks_with_a_link_and_no_module_is_missing()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var values = scope.ServiceProvider.GetRequiredService<IndicatorValues>();
        var plan = await values.ForPlanAsync(2023, null);
        var parks = plan!.Indicators.Single(i => i.Indicator.Code == "parks-listed");
        Assert.NotNull(parks.Value);
        Assert.Null(parks.Unavailable);
        Assert.Equal("/Parks?Year=2023&Listed=2023-06-30", parks.Link);
        Assert.All(ComputedIndicators.Rules, r => Assert.Null(r.MissingModule));
        var signed = plan.Indicators.Single(i => i.Indicator.Code == "chain-signed");
        Assert.Equal(3m, signed.Value);
        Assert.NotEqual(Status.NotReported, signed.Progress.Status);
        // A reported indicator with no submission is not reported either, never zero.
        var renovation = plan.Indicators.Single(i => i.Indicator.Code == "tech-renovation");
        Assert.Null(renovation.Value);
        Assert.Equal(Status.NotReported, renovation.Progress.Status);
    }

    [Fact]
    public async Task Every_rule_named_by_an_indicator_exists_and_every_rule_answers()
    {
        var rules = await factory.WithDbAsync(db => db.Indicators.Where(i => i.ComputedRule != null).Select(i => i.ComputedRule!).ToListAsync());
        Assert.All(rules, r => Assert.NotNull(ComputedIndicators.Find(r)));
        await using var scope = factory.Services.CreateAsyncScope();
        var computed = scope.ServiceProvider.GetRequiredService<ComputedIndicators>();
        foreach (var rule in ComputedIndicators.Rules)
        {
            var v = await computed.ComputeAsync(rule.Code, 2023, 9);
            Assert.True(v.Value is not null ^ v.Unavailable is not null, rule.Code);
        }
    }
}
