using Ballast.Web.Features.Programme;
using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Programme;

/// <summary>The assessment's arithmetic on a worked example, every number worked out by hand.
/// <code>
/// Scheme: I1 weight 40 正常 (100) · I2 weight 30 滞后 (60) · I3 weight 20 严重滞后 (0) · I4 weight 10 未报 (0 in the assessment)
///
/// 甲 leads I1, I2            base (40×100 + 30×60) ÷ 70        = 5800 ÷ 70 = 82.857… → 82.86
///                            adjustments +3 −1 = +2, no overdue supervision  total 82.86 + 2 − 2×0 = 84.86
/// 乙 leads I3, supports I1   base (20×0 + 40×0.5×100) ÷ (20+20) = 2000 ÷ 40 = 50.00
///                            1 overdue supervision item         total 50.00 + 0 − 2×1 = 48.00
/// 丙 leads I4, supports I2   base (10×0 + 30×0.5×60) ÷ (10+15)  = 900 ÷ 25  = 36.00
///                            bonus +12                          total 36.00 + 12 − 2×0 = 48.00
/// 丁 supports I3             base (20×0.5×0) ÷ 10               = 0.00
///                            3 overdue supervision items        total 0.00 + 0 − 2×3 = −6.00
/// 戊 has no item             not ranked
///
/// Ranking: 甲 1 · 乙 2 · 丙 2 (tied on 48.00, kept in input order) · 丁 4
/// </code></summary>
public sealed class AssessmentScoringTests
{
    private static ScoredItem Item(int id, decimal weight, AssessmentRole role, Status status) => new(id, $"I{id}", null, weight, role, status);

    private static readonly UnitInput Jia = new(1, "甲", null,
        [Item(1, 40, AssessmentRole.Lead, Status.Green), Item(2, 30, AssessmentRole.Lead, Status.Yellow)], [3m, -1m], 0);
    private static readonly UnitInput Yi = new(2, "乙", null,
        [Item(3, 20, AssessmentRole.Lead, Status.Red), Item(1, 40, AssessmentRole.Supporting, Status.Green)], [], 1);
    private static readonly UnitInput Bing = new(3, "丙", null,
        [Item(4, 10, AssessmentRole.Lead, Status.NotReported), Item(2, 30, AssessmentRole.Supporting, Status.Yellow)], [12m], 0);
    private static readonly UnitInput Ding = new(4, "丁", null, [Item(3, 20, AssessmentRole.Supporting, Status.Red)], [], 3);
    private static readonly UnitInput Wu = new(5, "戊", null, [], [5m], 0);

    [Fact]
    public void The_worked_example_scores_and_ranks_as_computed_by_hand()
    {
        var ranking = AssessmentScoring.Rank([Jia, Yi, Bing, Ding, Wu]);

        Assert.Equal(["甲", "乙", "丙", "丁"], ranking.Select(r => r.Unit.Name));
        Assert.Equal([1, 2, 2, 4], ranking.Select(r => r.Rank));
        Assert.Equal([82.86m, 50.00m, 36.00m, 0.00m], ranking.Select(r => r.Base));
        Assert.Equal([2m, 0m, 12m, 0m], ranking.Select(r => r.Adjustments));
        Assert.Equal([0m, 2m, 0m, 6m], ranking.Select(r => r.SupervisionDeduction));
        Assert.Equal([84.86m, 48.00m, 48.00m, -6.00m], ranking.Select(r => r.Total));
    }

    [Fact]
    public void Each_score_carries_its_formula()
    {
        var ranking = AssessmentScoring.Rank([Jia, Yi, Bing, Ding]).ToDictionary(r => r.Unit.Name);

        Assert.Equal("(40×100 + 30×60) ÷ 70 = 82.86", ranking["甲"].BaseFormula);
        Assert.Equal("82.86 + 2 − 2×0 = 84.86", ranking["甲"].TotalFormula);
        Assert.Equal("(20×0 + 40×0.5×100) ÷ 40 = 50.00", ranking["乙"].BaseFormula);
        Assert.Equal("50.00 + 0 − 2×1 = 48.00", ranking["乙"].TotalFormula);
        Assert.Equal("(10×0 + 30×0.5×60) ÷ 25 = 36.00", ranking["丙"].BaseFormula);
        Assert.Equal("0.00 + 0 − 2×3 = -6.00", ranking["丁"].TotalFormula);
    }

    [Fact]
    public void Not_reported_scores_zero_in_the_assessment_and_supporting_units_carry_half_the_weight()
    {
        Assert.Equal(0m, AssessmentScoring.ItemScore(Status.NotReported));
        Assert.Equal(60m, AssessmentScoring.ItemScore(Status.Yellow));
        Assert.Equal(20m, AssessmentScoring.EffectiveWeight(40m, AssessmentRole.Supporting));
        Assert.Equal(40m, AssessmentScoring.EffectiveWeight(40m, AssessmentRole.Lead));
        Assert.Equal(2m, AssessmentScoring.PointsPerOverdueItem);
        // A unit with nothing that applies to it has no base score: it is left out, not ranked on zero.
        Assert.Null(AssessmentScoring.Base(Wu.Items));
    }

    [Fact]
    public void A_penalty_shows_as_a_minus_in_the_formula()
    {
        var unit = new UnitInput(9, "己", null, [Item(1, 10, AssessmentRole.Lead, Status.Green)], [-3m], 1);

        var result = Assert.Single(AssessmentScoring.Rank([unit]));

        Assert.Equal(95.00m, result.Total);
        Assert.Equal("100.00 − 3 − 2×1 = 95.00", result.TotalFormula);
    }
}
