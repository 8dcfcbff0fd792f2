namespace Ballast.Web.Features.Compendium;

/// <summary>One firm judged against one policy.</summary>
public sealed record FirmMatch(FirmFacts Firm, FirmVerdict Result);
