using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Parks.Profile;

/// <summary>The demo parks give the plan a plausible answer: fifteen parks with distinct chains, twelve listed by
/// 30 June 2023, exactly one over 500 亿, one between 300 and 500 and more between 100 and 300; seeding twice adds nothing.</summary>
public sealed class DemoParksTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task The_demo_parks_answer_the_plan_plausibly()
    {
        await factory.WithDbAsync(db => new DemoPortfolio(db).SeedAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await DemoEnterprises.SeedAsync(scope.ServiceProvider);
        }
        for (var i = 0; i < 2; i++)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            await DemoParks.SeedAsync(scope.ServiceProvider);
        }
        var rows = await factory.WithDbAsync(db => new ParkQuery().RunAsync(db, 2023));
        Assert.Equal(15, rows.Count);
        Assert.All(rows, r => Assert.True(r.IsDemo));
        Assert.Equal(15, rows.Select(r => r.ChainId).Distinct().Count(c => c is not null));
        Assert.Equal(12, rows.Count(r => r.ListedBy(new DateOnly(2023, 6, 30))));
        Assert.Equal(1, rows.Count(r => ParkTiers.Reached(r.Output.Output, 500m)));
        Assert.Equal(1, rows.Count(r => ParkTiers.Reached(r.Output.Output, 300m) && !ParkTiers.Reached(r.Output.Output, 500m)));
        Assert.Contains(rows, r => ParkTiers.Reached(r.Output.Output, 100m) && !ParkTiers.Reached(r.Output.Output, 300m));
        Assert.True(rows.Sum(r => r.Firms) > 0, "the demo parks have firms");
        Assert.True(await factory.WithDbAsync(db => db.ParkWorkItems.CountAsync(w => w.State == WorkItemState.Open)) > 0, "some work items are open");
        Assert.True(await factory.WithDbAsync(db => db.ParkMemberships.CountAsync(m => m.ExitReason != null)) > 0, "some firms left, with a reason");
    }
}
