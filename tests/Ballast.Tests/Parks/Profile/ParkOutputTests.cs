using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Parks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using static Ballast.Tests.Parks.Profile.ParkSetup;

namespace Ballast.Tests.Parks.Profile;

/// <summary>A park's yearly output: the firms in it on 31 December (a firm that left before is out, one that left
/// after is in), entered figures win but the firms' sum stays beside them, nothing reported stays null, and the
/// tiers are reached at exactly the tier.</summary>
public sealed class ParkOutputTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task Generated_stays_and_figures_sum_as_counted_by_hand(int seed)
    {
        var rng = new Random(seed);
        var park = await ParkAsync(factory, $"park-{10 + seed}");
        var expected = new List<decimal?>();
        var members = 0;
        for (var i = 0; i < 8; i++)
        {
            decimal? output = rng.Next(4) == 0 ? null : rng.Next(1, 90_000) + 0.25m;
            var firm = await FirmAsync(factory, $"产值测试{seed}-{i}", "370211", (2023, output), (2022, 1m));
            var entered = new DateOnly(2020 + rng.Next(5), 1 + rng.Next(12), 1);
            // 0: still in; 1: left in 2023, before the year's end; 2: left in 2024, so in at the end of 2023.
            var leaves = rng.Next(3);
            DateOnly? left = leaves == 1 ? new DateOnly(2023, 6, 30) : leaves == 2 ? new DateOnly(2024, 2, 1) : null;
            await factory.WithDbAsync(async db =>
            {
                db.ParkMemberships.Add(new ParkMembership
                {
                    ParkId = park, EnterpriseId = firm, EnteredOn = entered, LeftOn = left is { } l && l < entered ? entered : left,
                    ExitReason = left is null ? null : "测试", OwnerUnitId = await UnitAsync(factory, $"park-{10 + seed}"),
                });
                await db.SaveChangesAsync();
            });
            var inAtYearEnd = entered <= new DateOnly(2023, 12, 31) && (left is null || (left < entered ? entered : left) > new DateOnly(2023, 12, 31));
            if (inAtYearEnd)
            {
                members++;
                expected.Add(output);
            }
        }
        var o = await factory.WithDbAsync(async db => (await ParkOutputs.ForYearAsync(db, 2023, [park])).Of(park));
        var reported = expected.Where(x => x is not null).Select(x => x!.Value).ToList();
        Assert.Equal(members, o.Members);
        Assert.Equal(reported.Count, o.ReportingFirms);
        Assert.Equal(reported.Count == 0 ? null : reported.Sum(), o.FirmsOutput);
        Assert.Equal(o.FirmsOutput, o.Output);
        Assert.Equal(reported.Count == 0 ? OutputSource.NotReported : OutputSource.Firms, o.Source);
    }

    [Fact]
    public async Task An_entered_figure_wins_the_firms_sum_stays_beside_it_and_nothing_is_null_not_zero()
    {
        var park = await ParkAsync(factory, "park-09");
        var firm = await FirmAsync(factory, "产值测试 录入", "370215", (2023, 5_000m));
        await using var scope = factory.Services.CreateAsyncScope();
        var firms = scope.ServiceProvider.GetRequiredService<ParkFirms>();
        Assert.Equal(ParkSaveOutcome.Saved, (await firms.EnterAsync(park, new EnterInput { EnterpriseId = firm, EnteredOn = new DateOnly(2022, 1, 1) })).Outcome);
        var save = scope.ServiceProvider.GetRequiredService<ParkSave>();
        Assert.Equal(ParkSaveOutcome.Saved, (await save.SaveYearAsync(park, new ParkYearInput { Year = 2023, Output = 1_200_000m, Source = "管委会" })).Outcome);
        var o = await factory.WithDbAsync(async db => (await ParkOutputs.ForYearAsync(db, 2023, [park])).Of(park));
        Assert.Equal((1_200_000m, 5_000m, OutputSource.Entered, true, "管委会"), (o.Output!.Value, o.FirmsOutput!.Value, o.Source, o.HasBoth, o.EnteredSource));
        var none = await factory.WithDbAsync(async db => (await ParkOutputs.ForYearAsync(db, 2019, [park])).Of(park));
        Assert.Null(none.Output);
        Assert.Equal(OutputSource.NotReported, none.Source);
        var refused = await save.SaveYearAsync(park, new ParkYearInput { Year = 2023, Source = "管委会" });
        Assert.Equal("Output", Assert.Single(refused.Errors).Field);
    }

    [Theory]
    [InlineData(1_000_000.0, 100.0, true)]
    [InlineData(999_999.99, 100.0, false)]
    [InlineData(3_000_000.0, 300.0, true)]
    [InlineData(5_000_000.0, 300.0, true)]
    [InlineData(4_999_999.0, 500.0, false)]
    public void A_tier_is_reached_at_exactly_the_tier(double outputWan, double tierYi, bool reached) =>
        Assert.Equal(reached, ParkTiers.Reached((decimal)outputWan, (decimal)tierYi));

    [Fact]
    public void Tiers_come_from_configuration_in_order()
    {
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Parks:TiersYi:0"] = "200", ["Parks:TiersYi:1"] = "50" }).Build();
        var tiers = new ParkTiers(config);
        Assert.Equal([50m, 200m], tiers.Yi);
        Assert.Equal(50m, tiers.HighestReached(600_000m));
        Assert.Null(tiers.HighestReached(null));
        Assert.Equal(ParkTiers.Default, new ParkTiers(new ConfigurationBuilder().Build()).Yi);
    }
}
