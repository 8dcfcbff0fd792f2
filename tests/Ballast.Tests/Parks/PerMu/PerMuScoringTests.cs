using Ballast.Web.Features.Parks;

namespace Ballast.Tests.Parks.PerMu;

/// <summary>Points, scores, grades and exemptions, on small populations computed by hand and on generated ones
/// checked against the rules' invariants.</summary>
public sealed class PerMuScoringTests
{
    private static PerMuScheme Scheme(ScoringMethod scoring, GradeMethod grading, decimal a, decimal b, decimal c, params PerMuIndicator[] indicators) => new()
    {
        Year = 2023, Name = "测试", Scoring = scoring, Grading = grading, CutA = a, CutB = b, CutC = c, RankGroupsApart = true, Indicators = [.. indicators],
    };

    private static PerMuIndicator Tax(decimal weight = 100, decimal? benchmark = 10, decimal? cap = null, PerMuGroup group = PerMuGroup.AboveScale) => new()
    {
        Group = group, Code = "tax", Name = "单位用地税收", Formula = "TaxPaid / LandMu", Weight = weight, Benchmark = benchmark, RatioCap = cap,
    };

    private static PerMuFirm Firm(int id, decimal? tax, decimal? land = 1, PerMuGroup group = PerMuGroup.AboveScale, DateOnly? founded = null, string? division = "39") =>
        new(id, group, founded, division, new Dictionary<string, decimal?> { ["TaxPaid"] = tax, ["LandMu"] = land });

    [Theory]
    [InlineData(30, 10, null, 30, 90)]
    [InlineData(30, 10, 1.5, 30, 45)]
    [InlineData(30, 10, 1.5, 12, 36)]
    [InlineData(30, 10, 1.5, -5, 0)]
    [InlineData(20, 4, null, 1, 5)]
    public void Ratio_points_are_weight_times_clamped_ratio(double weight, double benchmark, double? cap, double value, double expected) =>
        Assert.Equal((decimal)expected, PerMuScoring.RatioPoints((decimal)weight, (decimal)value, (decimal)benchmark, (decimal?)cap));

    [Theory]
    [InlineData(40, 10, 10, 50, 8)]
    [InlineData(40, 50, 10, 50, 40)]
    [InlineData(40, 30, 10, 50, 24)]
    [InlineData(40, 7, 7, 7, 40)]
    public void MinMax_points_run_from_a_fifth_to_the_full_weight(double weight, double x, double min, double max, double expected) =>
        Assert.Equal((decimal)expected, PerMuScoring.MinMaxPoints((decimal)weight, (decimal)x, (decimal)min, (decimal)max));

    [Fact]
    public void Score_grades_take_the_boundary_into_the_better_grade()
    {
        var s = Scheme(ScoringMethod.Ratio, GradeMethod.Score, 90, 70, 50);
        Assert.Equal(PerMuGrade.A, PerMuGrading.ByScore(s, 90m));
        Assert.Equal(PerMuGrade.B, PerMuGrading.ByScore(s, 89.9999m));
        Assert.Equal(PerMuGrade.B, PerMuGrading.ByScore(s, 70m));
        Assert.Equal(PerMuGrade.C, PerMuGrading.ByScore(s, 50m));
        Assert.Equal(PerMuGrade.D, PerMuGrading.ByScore(s, 49.9999m));
    }

    [Fact]
    public void A_tie_across_a_cut_off_takes_the_grade_that_covers_the_whole_group()
    {
        // Ten firms, A 20 %: positions 1 and 2. Scores 100, 90, 90 → the tie spans 2–3, so only the first is A.
        var scheme = Scheme(ScoringMethod.Ratio, GradeMethod.Percentile, 20, 50, 90, Tax());
        decimal[] taxes = [10, 9, 9, 8, 7, 6, 5, 4, 3, 3];
        var scores = PerMuScoring.Score(scheme, [.. taxes.Select((t, i) => Firm(i + 1, t))]);
        Assert.Equal([1, 2, 2, 4, 5, 6, 7, 8, 9, 9], scores.Select(s => s.Rank!.Value));
        // B covers 50 %: positions ≤ 5. C covers 90 %: ≤ 9; the last tie spans 9–10, so both are D.
        Assert.Equal("ABBBBCCCDD", string.Concat(scores.Select(s => s.Grade)));
    }

    [Fact]
    public void Percentile_grades_keep_their_shares_on_generated_populations()
    {
        var rng = new Random(7);
        for (var round = 0; round < 200; round++)
        {
            var (a, b, c) = (rng.Next(0, 40), rng.Next(40, 80), rng.Next(80, 101));
            var scheme = Scheme(ScoringMethod.Ratio, GradeMethod.Percentile, a, b, c, Tax());
            var n = rng.Next(1, 60);
            var scores = PerMuScoring.Score(scheme, [.. Enumerable.Range(1, n).Select(i => Firm(i, rng.Next(0, 8)))]);
            Assert.True(scores.Count(s => s.Grade == PerMuGrade.A) * 100m <= n * a);
            Assert.True(scores.Count(s => s.Grade <= PerMuGrade.B) * 100m <= n * b);
            Assert.True(scores.Count(s => s.Grade <= PerMuGrade.C) * 100m <= n * c);
            foreach (var tie in scores.GroupBy(s => s.Score))
            {
                Assert.Single(tie.Select(s => s.Grade).Distinct());
            }
            // A better score never gets a worse grade.
            Assert.All(scores, s => Assert.All(scores.Where(o => o.Score > s.Score), o => Assert.True(o.Grade <= s.Grade)));
        }
    }

    [Fact]
    public void Missing_and_exempt_firms_stay_outside_the_ranking()
    {
        var scheme = Scheme(ScoringMethod.MinMax, GradeMethod.Percentile, 20, 50, 95, Tax());
        scheme.ExemptYoungerThanYears = 2;
        scheme.ExemptDivisions = "44-46";
        var scores = PerMuScoring.Score(scheme,
        [
            Firm(1, 10), Firm(2, 5), Firm(3, null), Firm(4, 3, land: 0), Firm(5, 99, founded: new DateOnly(2022, 1, 1)),
            Firm(6, 99, founded: new DateOnly(2021, 12, 31)), Firm(7, 99, division: "45"),
        ]);
        Assert.Equal(PerMuGrade.T, scores[4].Grade);
        Assert.Equal("成立不满2年（2022-01-01成立）", scores[4].ExemptReason);
        Assert.Equal("所属行业（大类45）不参评", scores[6].ExemptReason);
        Assert.Equal(("单位用地税收（税收未报）", null, null), (scores[2].Missing, scores[2].Score, scores[2].Grade));
        Assert.Equal(("单位用地税收（除数为零）", null), (scores[3].Missing, scores[3].Grade));
        // Three ranked firms: 99, 10, 5. Min–max over them only: 99 → 100, 5 → 20.
        Assert.Equal([20m, 100m], [scores[1].Score!.Value, scores[5].Score!.Value]);
        Assert.Equal(1, scores[5].Rank);
        // 20 + 80 × (10 − 5) ÷ (99 − 5) = 24.25531… → 24.2553.
        Assert.Equal(24.2553m, scores[0].Score);
    }

    [Fact]
    public void Groups_ranked_apart_have_their_own_min_max_and_ranks()
    {
        var scheme = Scheme(ScoringMethod.MinMax, GradeMethod.Score, 80, 60, 40, Tax(), Tax(group: PerMuGroup.BelowScale));
        var scores = PerMuScoring.Score(scheme, [Firm(1, 100), Firm(2, 50), Firm(3, 2, group: PerMuGroup.BelowScale), Firm(4, 1, group: PerMuGroup.BelowScale)]);
        Assert.Equal([1, 2, 1, 2], scores.Select(s => s.Rank!.Value));
        Assert.Equal([100m, 20m, 100m, 20m], scores.Select(s => s.Score!.Value));
        scheme.RankGroupsApart = false;
        Assert.Equal([1, 3, 1, 3], PerMuScoring.Score(scheme, [Firm(1, 100), Firm(2, 50), Firm(3, 2, group: PerMuGroup.BelowScale),
            Firm(4, 1, group: PerMuGroup.BelowScale)]).Select(s => s.Rank!.Value));
    }

    [Fact]
    public void The_score_is_rounded_to_four_places_away_from_zero()
    {
        var scheme = Scheme(ScoringMethod.Ratio, GradeMethod.Score, 90, 70, 50, Tax(weight: 1, benchmark: 8));
        // 1 × 0.00005 / 8 … chosen so the fifth place is exactly 5.
        var score = PerMuScoring.Score(scheme, [Firm(1, 0.0004m)])[0].Score;
        Assert.Equal(0.0001m, score);
    }
}
