using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Programme;

/// <summary>What is behind: red indicators, the most lagging key projects, overdue problems and
/// overdue supervision items (the lists are capped; the counts are not).</summary>
public sealed record BulletinLagging(
    IReadOnlyList<BulletinIndicator> RedIndicators, IReadOnlyList<ProjectFigure> Projects,
    int OverdueProblemCount, IReadOnlyList<OverdueItem> OverdueProblems,
    int OverdueSupervisionCount, IReadOnlyList<OverdueItem> OverdueSupervision);
