namespace Ballast.Web.Features.Parks;

/// <summary>Rank and grade within one ranking group of scored firms. Rank = 1 + the number of firms with a strictly
/// higher score. By score: ≥ CutA is A, ≥ CutB B, ≥ CutC C, else D. By percentile: a tie group takes positions
/// rank … rank + size − 1 and gets the best grade whose cumulative share covers its last position
/// (last ≤ n × cut ÷ 100), so A never exceeds CutA % and D is at least 100 − CutC %.</summary>
public static class PerMuGrading
{
    public static void Grade(PerMuScheme scheme, IReadOnlyList<FirmScore> members)
    {
        var n = members.Count;
        var counts = members.GroupBy(m => m.Score!.Value).ToDictionary(g => g.Key, g => g.Count());
        foreach (var m in members)
        {
            var s = m.Score!.Value;
            var rank = 1 + members.Count(o => o.Score!.Value > s);
            m.Rank = rank;
            m.Grade = scheme.Grading == GradeMethod.Score ? ByScore(scheme, s) : ByPosition(scheme, rank + counts[s] - 1, n);
        }
    }

    public static PerMuGrade ByScore(PerMuScheme scheme, decimal score) =>
        score >= scheme.CutA ? PerMuGrade.A : score >= scheme.CutB ? PerMuGrade.B : score >= scheme.CutC ? PerMuGrade.C : PerMuGrade.D;

    /// <summary>The grade of a tie group whose last position is <paramref name="last"/> among <paramref name="n"/> firms.</summary>
    public static PerMuGrade ByPosition(PerMuScheme scheme, int last, int n) =>
        last * 100m <= n * scheme.CutA ? PerMuGrade.A
        : last * 100m <= n * scheme.CutB ? PerMuGrade.B
        : last * 100m <= n * scheme.CutC ? PerMuGrade.C : PerMuGrade.D;
}
