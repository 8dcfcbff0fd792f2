using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Promotion;

namespace Ballast.Tests.Promotion.Campaigns;

/// <summary>The campaign rules with no database: dates, visits on the campaign's days, the credit rule and counting once.</summary>
public sealed class CampaignRulesTests
{
    private static readonly Texts T = new();

    private static CampaignInput Trip(DateOnly start, int days) => new()
    {
        Name = "规则测试 出访", Destination = "日本·东京", StartsOn = start, EndsOn = start.AddDays(days - 1), OwnerUnitId = 1,
    };

    [Fact]
    public void The_end_may_not_precede_the_start_and_a_campaign_is_not_a_standing_office()
    {
        var start = new DateOnly(2023, 3, 13);
        Assert.Empty(CampaignRules.Check(Trip(start, 1), T));
        Assert.Empty(CampaignRules.Check(Trip(start, CampaignRules.MaxDays), T));
        var backwards = Trip(start, 1);
        backwards.EndsOn = start.AddDays(-1);
        Assert.Equal(["EndsOn"], CampaignRules.Check(backwards, T).Select(e => e.Field));
        Assert.Equal(["EndsOn"], CampaignRules.Check(Trip(start, CampaignRules.MaxDays + 1), T).Select(e => e.Field));
        var undated = Trip(start, 3);
        undated.StartsOn = default;
        Assert.Contains(CampaignRules.Check(undated, T), e => e.Field == "StartsOn");
    }

    [Fact]
    public void Every_visit_falls_on_a_day_of_the_campaign()
    {
        var rng = new Random(7);
        for (var n = 0; n < 200; n++)
        {
            var start = new DateOnly(2023, 1, 1).AddDays(rng.Next(300));
            var days = 1 + rng.Next(10);
            var input = Trip(start, days);
            var offset = rng.Next(-5, days + 5);
            input.Visits = [new VisitInput(), new VisitInput { FirmName = "规则测试 企业", VisitedOn = start.AddDays(offset) }];
            var errors = CampaignRules.Check(input, T);
            var inside = offset >= 0 && offset < days;
            Assert.Equal(inside ? [] : ["Visits[1].VisitedOn"], errors.Select(e => e.Field));
        }
        var nameless = Trip(new DateOnly(2023, 3, 1), 2);
        nameless.Visits = [new VisitInput { Country = "日本" }];
        nameless.Members = [new MemberInput { Unit = "市商务局" }];
        Assert.Equal(["Members[0].Name", "Visits[0].FirmName"], CampaignRules.Check(nameless, T).Select(e => e.Field).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_lead_is_not_gathered_before_the_campaign_and_a_project_signed_before_it_is_not_its_result()
    {
        var start = new DateOnly(2023, 6, 12);
        var today = new DateOnly(2023, 7, 10);
        Assert.NotNull(CampaignRules.GatheredOn(start.AddDays(-1), start, today));
        Assert.Null(CampaignRules.GatheredOn(start, start, today));
        Assert.NotNull(CampaignRules.GatheredOn(today.AddDays(1), start, today));
        Assert.NotNull(CampaignRules.Linkable(start.AddDays(-1), start));
        Assert.Null(CampaignRules.Linkable(start, start));
        Assert.Null(CampaignRules.Linkable(null, start));
    }

    [Fact]
    public void Merged_duplicates_leave_the_survivor_one_credit()
    {
        var on = new DateOnly(2023, 5, 1);
        // Leads 1 and 2 named duplicates of project 10; lead 3 names 10 itself: the direct lead wins.
        var winners = CreditRule.Winners([new(1, 100, 11, 10, on), new(2, 200, 12, 10, on.AddDays(-3)), new(3, 300, 10, 10, on.AddDays(9))]);
        Assert.Equal(300, Assert.Single(winners).Value.CampaignId);
        // Without a direct lead, the earliest gathered wins; ties go to the first lead recorded.
        winners = CreditRule.Winners([new(5, 100, 11, 10, on), new(4, 200, 12, 10, on.AddDays(-3)), new(6, 300, 13, 10, on.AddDays(-3))]);
        Assert.Equal(200, winners[10].CampaignId);
    }

    [Fact]
    public void Figures_count_each_project_once_expansions_by_increment_and_unreported_as_unreported()
    {
        var rng = new Random(11);
        for (var n = 0; n < 100; n++)
        {
            var rows = Enumerable.Range(0, rng.Next(1, 12)).Select(i => Credited(rng.Next(1, 8))).ToList();
            var keys = rows.Where(_ => rng.Next(3) == 0).DistinctBy(r => r.ProjectId)
                .ToDictionary(r => r.ProjectId, r => new KeyCompletion(r.ProjectId, rng.Next(2) == 0, 100m));
            var f = CampaignFigures.Of(rows, keys);
            var distinct = rows.DistinctBy(r => r.ProjectId).ToList();
            Assert.Equal(distinct.Count, f.Leads);
            Assert.Equal(distinct.Count(r => r.SignedOn != null && !r.IsExpansion), f.Signed);
            Assert.Equal(distinct.Where(r => r.SignedOn != null).Sum(r => r.TotalInvestmentWan), f.SignedInvestmentWan);
            Assert.Equal(keys.Count, f.KeyProjects);
            Assert.Equal(keys.Values.Any(k => k.Reported) ? keys.Values.Count(k => k.Reported) * 100m : null, f.KeyCompletedWan);
        }
    }

    private static CreditedProject Credited(int id) => new(1, id, id, $"项目{id}", null, null,
        ProjectStage.Signed, new DateOnly(2023, 3, 1), id % 3 == 0 ? null : new DateOnly(2023, 4, id), StartedOn: null, IsExpansion: id % 4 == 0,
        TotalInvestmentWan: id * 1_000m, ChainId: null, Chain: null, ChainEn: null, MergedFromId: null);
}
