using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Programme;

public sealed class PlanSeedTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task The_2023_plan_has_four_battles_plus_the_environment_with_the_seeds_targets()
    {
        var plan = await factory.WithDbAsync(db => db.Plans.Include(p => p.Battles).ThenInclude(b => b.Indicators).SingleAsync(p => p.Year == 2023));
        Assert.Equal(["manufacturing", "services", "parks", "projects", "environment"], plan.Battles.OrderBy(b => b.SortOrder).Select(b => b.Code));
        var all = plan.Battles.SelectMany(b => b.Indicators).ToDictionary(i => i.Code);

        Assert.Equal((500m, TargetComparator.AtLeast), (all["tech-renovation"].Target!.Value, all["tech-renovation"].Comparator));
        Assert.Equal(10m, all["emerging-growth"].Target);
        Assert.Equal(IndicatorKind.Direction, all["manufacturing-share"].Kind);
        Assert.Equal(50m, all["integration-pilots"].Target);
        Assert.Equal(TargetComparator.About, all["leading-firms"].Comparator);
        Assert.Equal(new DateOnly(2023, 6, 30), all["parks-listed"].Deadline);
        Assert.Equal(15m, all["parks-listed"].Target);
        Assert.Equal(363m, all["key-projects"].Target);
        Assert.Equal(9300m, all["key-projects-total"].Target);
        Assert.Equal(1700m, all["key-investment"].Target);
        Assert.Equal(150m, all["chain-signed"].Target);
        Assert.Equal(20m, all["big-projects"].Target);
        Assert.Equal(7, all.Values.Count(i => i.Kind == IndicatorKind.Milestone));
    }
}
