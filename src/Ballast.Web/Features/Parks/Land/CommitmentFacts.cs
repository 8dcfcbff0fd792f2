namespace Ballast.Web.Features.Parks;

/// <summary>What a commitment is measured against, gathered by <see cref="CommitmentLoader"/>.</summary>
/// <param name="ProjectLandMu">The project's land, the fallback when a firm's year and the firm say none.</param>
/// <param name="InvestedWan">The project's investment: the cumulative monthly dispatch if reported, else its total.</param>
/// <param name="FirmLandMu">The firm's own land (Enterprise.LandAreaMu).</param>
public sealed record CommitmentFacts(decimal? ProjectLandMu, decimal? InvestedWan, bool InvestedFromDispatch, DateOnly? StartedOn,
    DateOnly? OperatingOn, decimal? FirmLandMu, IReadOnlyList<FirmYearFigures> Years, DateOnly Today);

/// <summary>A firm's yearly figures that a commitment reads (万元; land in 亩).</summary>
public sealed record FirmYearFigures(int Year, decimal? Output, decimal? TaxPaid, decimal? LandMu);
