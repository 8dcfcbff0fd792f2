using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Chains;

/// <summary>A chain's yearly output, growth and status against its target. Member firms' figures come first; an
/// entered figure only when no member reported that year; otherwise "not reported", never zero.</summary>
public static class ChainFigureRule
{
    public static ChainOutput Output(int year, FirmSums firms, decimal? entered, string? source)
    {
        if (firms.Firms > 0)
        {
            return new ChainOutput(year, firms.Sum, OutputBasis.Firms, firms.Firms, null);
        }
        return entered is { } e ? new ChainOutput(year, e, OutputBasis.Entered, 0, source) : ChainOutput.NotReported(year);
    }

    /// <summary>On firms' figures growth compares only the firms that reported both years (同口径), so a firm
    /// reporting for the first time does not count as growth; entered figures compare with entered figures.
    /// Two years on different bases are not compared.</summary>
    public static ChainGrowth Growth(ChainOutput current, ChainOutput previous, FirmSums firms)
    {
        if (current.Basis != previous.Basis || current.Basis == OutputBasis.NotReported)
        {
            return ChainGrowth.NotReported;
        }
        var (now, before) = current.Basis == OutputBasis.Firms
            ? (firms.BothFirms > 0 ? firms.BothCurrent : (decimal?)null, firms.BothFirms > 0 ? firms.BothPrevious : (decimal?)null)
            : (current.Wan, previous.Wan);
        if (now is not { } n || before is not { } b || b <= 0)
        {
            return ChainGrowth.NotReported;
        }
        return new ChainGrowth(Math.Round((n / b - 1m) * 100m, 2), current.Basis);
    }

    /// <summary>The year's output target: the one set, or else last year's output grown by the growth target.</summary>
    public static decimal? TargetOutput(ChainOutput previous, decimal? targetOutput, decimal? targetGrowth) =>
        targetOutput ?? (previous.Wan is { } p && targetGrowth is { } g ? Math.Round(p * (1m + g / 100m), 2) : null);

    /// <summary>The year's output against its target, judged as a whole year (time progress 100 %) with the
    /// programme's thresholds and status words; no figure or no target is "not reported".</summary>
    public static Progress Judge(ChainOutput current, decimal? target, StatusThresholds thresholds) =>
        ProgressRule.Evaluate(current.Wan, target, 12, thresholds);
}
