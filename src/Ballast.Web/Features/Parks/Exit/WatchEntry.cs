using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>A firm on the watch list (有进有退): graded D in consecutive years or breaching its land
/// commitments, with the measures that follow and where it stands.</summary>
public sealed class WatchEntry : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int EnterpriseId { get; set; }
    public Enterprises.Enterprise? Enterprise { get; set; }
    public int? ParkId { get; set; }
    public WatchReason Reason { get; set; }
    /// <summary>The year the cause was found (the second D, the breach).</summary>
    public int Year { get; set; }
    public WatchMeasures Measures { get; set; }
    public WatchState State { get; set; }
    public string? Note { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}

public enum WatchReason
{
    /// <summary>连续D类.</summary>
    ConsecutiveD,
    /// <summary>未达标准地承诺.</summary>
    CommitmentBreach,
}

public enum WatchState
{
    /// <summary>关注.</summary>
    Watching,
    /// <summary>整改中.</summary>
    Rectifying,
    /// <summary>已改善, off the list.</summary>
    Resolved,
    /// <summary>已退出园区.</summary>
    Exited,
}

/// <summary>Measures that follow a poor grade: differentiated prices, land and credit (差别化政策).</summary>
[Flags]
public enum WatchMeasures
{
    None = 0,
    WaterPrice = 1,
    PowerPrice = 2,
    GasPrice = 4,
    Land = 8,
    Credit = 16,
}
