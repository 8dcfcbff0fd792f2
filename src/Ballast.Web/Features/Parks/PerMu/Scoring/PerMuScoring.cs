namespace Ballast.Web.Features.Parks;

/// <summary>The per-mu rules, no I/O: exemptions, indicator values, points (ratio or min–max), score, rank and
/// grade. A firm missing a figure gets no score and no grade; an exempt firm is graded T. Both stay outside
/// the ranking group, so they change nobody's min, max, rank or share.</summary>
public static class PerMuScoring
{
    public static List<FirmScore> Score(PerMuScheme scheme, IReadOnlyList<PerMuFirm> firms)
    {
        var formulas = scheme.Indicators.ToDictionary(i => i, i => FormulaParser.Parse(i.Formula).Formula
            ?? throw new InvalidOperationException($"Indicator {i.Code} has an invalid formula."));
        var scores = new List<FirmScore>(firms.Count);
        foreach (var firm in firms)
        {
            var score = new FirmScore(firm.EnterpriseId, firm.Group) { LandFromRegistry = firm.LandFromRegistry };
            scores.Add(score);
            if (PerMuExemption.Reason(scheme, firm.FoundedOn, firm.Division) is { } reason)
            {
                score.ExemptReason = reason;
                score.Grade = PerMuGrade.T;
                continue;
            }
            foreach (var i in scheme.Indicators.Where(i => i.Group == firm.Group).OrderBy(i => i.SortOrder))
            {
                var f = formulas[i];
                var v = f.Evaluate(firm.Figures);
                var missing = v.HasValue ? null : v.DivisionByZero ? $"{i.Name}（除数为零）"
                    : $"{i.Name}（{string.Join("、", v.Missing.Select(PerMuFigures.Label))}未报）";
                score.Points.Add(new IndicatorPoints(i.Code, i.Name, f.Text, f.Figures.ToDictionary(n => n, n => firm.Figures.GetValueOrDefault(n)),
                    v.Value, i.ValueUnit, i.Weight, i.Benchmark, i.RatioCap, null, null, null, missing));
            }
            var gaps = score.Points.Where(p => p.Missing is not null).Select(p => p.Missing!).ToList();
            score.Missing = gaps.Count > 0 ? string.Join("；", gaps) : null;
        }
        var groups = scores.Where(s => s.Grade is null && s.Missing is null && s.Points.Count > 0)
            .GroupBy(s => scheme.RankGroupsApart ? s.Group : PerMuGroup.AboveScale);
        foreach (var group in groups)
        {
            var members = group.ToList();
            PointAll(scheme, members);
            PerMuGrading.Grade(scheme, members);
        }
        return scores;
    }

    /// <summary>Points of every indicator for the scored firms of one ranking group, then each firm's score.</summary>
    private static void PointAll(PerMuScheme scheme, List<FirmScore> members)
    {
        var ranges = members.SelectMany(m => m.Points.Select(p => (m.Group, p.Code, p.Value!.Value))).GroupBy(p => (p.Group, p.Code))
            .ToDictionary(g => g.Key, g => (Min: g.Min(p => p.Value), Max: g.Max(p => p.Value)));
        foreach (var m in members)
        {
            for (var k = 0; k < m.Points.Count; k++)
            {
                var p = m.Points[k];
                var range = ranges[(m.Group, p.Code)];
                m.Points[k] = scheme.Scoring == ScoringMethod.Ratio
                    ? p with { Points = RatioPoints(p.Weight, p.Value!.Value, p.Benchmark!.Value, p.Cap) }
                    : p with
                    {
                        Min = range.Min, Max = range.Max, Points = MinMaxPoints(p.Weight, p.Value!.Value, range.Min, range.Max),
                    };
            }
            m.Score = Math.Round(m.Points.Sum(p => p.Points!.Value), 4, MidpointRounding.AwayFromZero);
        }
    }

    /// <summary>weight × clamp(value ÷ benchmark, 0, cap); no upper bound without a cap.</summary>
    public static decimal RatioPoints(decimal weight, decimal value, decimal benchmark, decimal? cap)
    {
        var ratio = Math.Max(0m, value / benchmark);
        return weight * (cap is { } c ? Math.Min(ratio, c) : ratio);
    }

    /// <summary>weight × [20 + 80 × (x − min)/(max − min)] / 100; the full weight when every firm has the same value.</summary>
    public static decimal MinMaxPoints(decimal weight, decimal x, decimal min, decimal max) =>
        max == min ? weight : weight * (20m + (80m * (x - min) / (max - min))) / 100m;
}
