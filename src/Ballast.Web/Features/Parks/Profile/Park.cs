using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>A professional park (专业园区): one park, one industry (一园一业). Its name and district come
/// from its organisational unit, which is also its operator: the park-operator users of that unit edit it.</summary>
public sealed class Park : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    /// <summary>The park's unit (kind Park); its parent is the district the park lies in.</summary>
    public int UnitId { get; set; }
    public Organisation.Unit? Unit { get; set; }
    public int DistrictUnitId { get; set; }
    /// <summary>The lead industry: one chain, and no chain leads two parks.</summary>
    public int? ChainId { get; set; }
    public Reference.Chain? Chain { get; set; }
    public decimal? PlannedAreaMu { get; set; }
    public decimal? UsedAreaMu { get; set; }
    /// <summary>The day the park was listed (挂牌); null while it is still being prepared.</summary>
    public DateOnly? ListedOn { get; set; }
    public ParkStatus Status { get; set; }
    /// <summary>Named a benchmark park (标杆园区).</summary>
    public bool IsBenchmark { get; set; }
    public string? Address { get; set; }
    public string? Summary { get; set; }
    /// <summary>The operator: the park's own unit.</summary>
    public int OwnerUnitId { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }
}
