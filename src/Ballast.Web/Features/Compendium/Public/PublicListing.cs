namespace Ballast.Web.Features.Compendium;

/// <summary>One line of the public index and of the booklet's contents.</summary>
public sealed record PublicListing(string Code, string Title, string? DocumentNumber, string Issuer, PolicyLevel Level, PolicyKind Kind,
    DateOnly? EffectiveOn, DateOnly? ExpiresOn, PolicyStatus Status, string? Summary);
