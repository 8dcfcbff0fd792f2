namespace Ballast.Web.Features.Parks;

/// <summary>A review or publication as the API receives it: the version read, and an optional note.</summary>
public sealed record RunStep(int Version, string? Note = null);
