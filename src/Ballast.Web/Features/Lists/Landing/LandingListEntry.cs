using Ballast.Web.Common;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Lists;

/// <summary>A project on a year's list of projects to land (重点落地清单).</summary>
public sealed class LandingListEntry : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Project? Project { get; set; }
    public int Year { get; set; }
    public int OwnerUnitId { get; set; }
    public int Version { get; set; }
}
