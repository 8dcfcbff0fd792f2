using Ballast.Web.Features.Enterprises;

namespace Ballast.Web.Features.Compendium;

/// <summary>What the registry says of one firm, as the evaluator needs it: taken in a few queries for many firms
/// at once, then judged with no further I/O. A null is "not recorded", never zero.</summary>
public sealed record FirmFacts(int EnterpriseId, string Name, string? Uscc)
{
    public int DistrictUnitId { get; init; }
    public string? DistrictName { get; init; }
    /// <summary>GB/T 2260 code of the firm's district (its unit's, else the nearest parent's).</summary>
    public string? RegionCode { get; init; }
    public string? DivisionCode { get; init; }
    public string? ChainCode { get; init; }
    public string? ChainName { get; init; }
    public bool IsAboveScale { get; init; }
    public bool IsListed { get; init; }
    public string? ContactName { get; init; }
    public string? ContactPhone { get; init; }
    public IReadOnlyDictionary<int, FirmYearFacts> Years { get; init; } = new Dictionary<int, FirmYearFacts>();
    public IReadOnlyList<HeldDesignation> Designations { get; init; } = [];
    public IReadOnlyList<ParkStay> Parks { get; init; } = [];
}

/// <summary>One year's figures (万元; employees in people) and size class; null where not reported.</summary>
public sealed record FirmYearFacts(int Year, SizeClass? SizeClass, decimal? Revenue, decimal? Output, decimal? TaxPaid,
    decimal? RdSpending, int? Employees, decimal? ValueAdded, decimal? TotalAssets);

/// <summary>A designation the firm was granted in <see cref="Year"/>, valid until <see cref="ExpiresOn"/> (inclusive) if it expires.</summary>
public sealed record HeldDesignation(string KindCode, string KindName, int Year, DateOnly? ExpiresOn)
{
    public bool ValidOn(DateOnly day) => Year <= day.Year && (ExpiresOn is null || ExpiresOn >= day);
}

/// <summary>A stay in a park, by the park's unit: in the park from <see cref="EnteredOn"/> until the day before <see cref="LeftOn"/>.</summary>
public sealed record ParkStay(int ParkUnitId, string ParkName, DateOnly EnteredOn, DateOnly? LeftOn)
{
    public bool InOn(DateOnly day) => EnteredOn <= day && (LeftOn is null || LeftOn > day);
}
