namespace Ballast.Web.Features.Parks;

/// <summary>A park as the list, its export and the API show it, with its output for the year.</summary>
public sealed record ParkRow(int Id, int UnitId, string Name, string? NameEn, int DistrictUnitId, string District, string? DistrictEn,
    int? ChainId, string? Chain, string? ChainEn, decimal? PlannedAreaMu, decimal? UsedAreaMu, DateOnly? ListedOn, ParkStatus Status,
    bool IsBenchmark, int MechanismsInPlace, int Firms, bool IsDemo, int Version)
{
    public ParkOutput Output { get; init; } = ParkOutput.None;

    /// <summary>Listed on or before the day (and not revoked).</summary>
    public bool ListedBy(DateOnly day) => Status != ParkStatus.Revoked && ListedOn is { } on && on <= day;
}
