using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Projects;

public sealed record ProjectFigure(
    int ProjectId,
    string Name,
    int OwnerUnitId,
    string OwnerName,
    decimal? PlanWan,
    decimal YtdWan,
    bool Reported,
    Progress Progress);
