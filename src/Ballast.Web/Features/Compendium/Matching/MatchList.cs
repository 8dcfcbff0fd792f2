namespace Ballast.Web.Features.Compendium;

/// <summary>A policy's matches: the conditions judged, the firms that qualify or need checking, and how many firms were examined
/// after the SQL prefilter.</summary>
public sealed record MatchList(IReadOnlyList<PolicyCondition> Conditions, IReadOnlyList<FirmMatch> Rows, int Examined)
{
    public int Eligible => Rows.Count(r => r.Result.Verdict == Verdict.Eligible);
    public int NeedsChecking => Rows.Count(r => r.Result.Verdict == Verdict.NeedsChecking);
}
