namespace Ballast.Web.Features.Compendium;

/// <summary>One policy judged for one firm; <see cref="InForce"/> is false for a policy listed only as expired.</summary>
public sealed record PolicyOffer(int PolicyId, string Code, string Title, string? DocumentNumber, PolicyLevel Level, PolicyStatus Status,
    DateOnly? ExpiresOn, bool InForce, FirmVerdict Result);
