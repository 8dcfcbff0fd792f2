using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>A park's output and revenue for a year when entered rather than summed from its firms
/// (万元). <see cref="Source"/> says who gave the figure; a missing figure stays null.</summary>
public sealed class ParkYear : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public int Year { get; set; }
    public decimal? Output { get; set; }
    public decimal? Revenue { get; set; }
    public required string Source { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
