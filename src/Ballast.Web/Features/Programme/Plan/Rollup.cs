using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>Weighted roll-up of scores: Σ(weight × score) ÷ Σ weight over the items that reported;
/// the items that did not are counted beside it, never as zero.</summary>
public static class Rollup
{
    public sealed record Result(decimal? Score, Status Status, int Reported, int NotReported, string Formula);

    public static Result Of(IEnumerable<(decimal Weight, decimal? Score)> items)
    {
        var list = items.ToList();
        var reported = list.Where(x => x.Score is not null && x.Weight > 0).ToList();
        var missing = list.Count - reported.Count;
        if (reported.Count == 0)
        {
            return new Result(null, Status.NotReported, 0, missing, "—");
        }
        var weight = reported.Sum(x => x.Weight);
        var score = Math.Round(reported.Sum(x => x.Weight * x.Score!.Value) / weight, 1);
        var formula = "(" + string.Join(" + ", reported.Select(x => $"{x.Weight:0.##}×{x.Score:0.#}")) + $") ÷ {weight:0.##} = {score:0.0}";
        return new Result(score, score >= 90m ? Status.Green : score >= 60m ? Status.Yellow : Status.Red, reported.Count, missing, formula);
    }
}
