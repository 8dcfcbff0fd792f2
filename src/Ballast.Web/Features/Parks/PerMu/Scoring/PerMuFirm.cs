namespace Ballast.Web.Features.Parks;

/// <summary>A firm as the scoring sees it: its group, age, trade and the year's figures by formula name.
/// <see cref="LandFromRegistry"/> says LandMu came from the registry because the year has no land figure.</summary>
public sealed record PerMuFirm(int EnterpriseId, PerMuGroup Group, DateOnly? FoundedOn, string? Division,
    IReadOnlyDictionary<string, decimal?> Figures, bool LandFromRegistry = false);
