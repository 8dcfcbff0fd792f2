using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Chains;

/// <summary>A chain's year: output and growth with their basis, the targets, and the status against the output target.</summary>
public sealed record ChainYearFigure(int Year, ChainOutput Output, ChainGrowth Growth, decimal? TargetOutput, decimal? TargetGrowth,
    int? TargetFirms, Progress Progress, int Firms);
