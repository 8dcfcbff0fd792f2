using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Dashboard;

public sealed record DashboardData(int Year, int? Month, IReadOnlyList<int> Months, GroupFigure? City, IReadOnlyList<Headline> Headlines,
    IReadOnlyList<CurvePoint> Curve, IReadOnlyList<GroupFigure> Districts, IReadOnlyList<GroupFigure> Chains, IReadOnlyList<GroupFigure> Leaders,
    IReadOnlyList<ProjectFigure> Lagging, int OpenProblems, int OverdueProblems, string? LeaderName, IReadOnlyList<ProjectFigure> Mine);
