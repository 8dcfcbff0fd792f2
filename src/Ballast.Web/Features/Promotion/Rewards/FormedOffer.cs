namespace Ballast.Web.Features.Promotion;

/// <summary>A figure offered for the investment formed, with the source it is recorded under; null when not reported.</summary>
public sealed record FormedOffer(string Source, decimal? Wan);
