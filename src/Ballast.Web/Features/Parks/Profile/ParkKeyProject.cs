using Ballast.Web.Common;

namespace Ballast.Web.Features.Parks;

/// <summary>A project on a park's key-project list (重点项目清单) for a year.</summary>
public sealed class ParkKeyProject : IUnitOwned
{
    public int Id { get; set; }
    public int ParkId { get; set; }
    public int Year { get; set; }
    public int ProjectId { get; set; }
    public Projects.Project? Project { get; set; }
    public string? Note { get; set; }
    public int OwnerUnitId { get; set; }
}
