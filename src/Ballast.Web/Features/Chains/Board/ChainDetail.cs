using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Chains;

/// <summary>Everything a chain's page and <c>GET /api/chains/{id}</c> show.</summary>
public sealed record ChainDetail(int Id, string Name, string? GroupName, bool IsProgramme, int Year, string? Chief, IReadOnlyList<string> ViceChiefs,
    IReadOnlyList<Named> Units, int? LeadUnitId, IReadOnlyList<Named> Masters, IReadOnlyList<ChainYearFigure> Years, int? YearVersion,
    IReadOnlyList<NodeView> Nodes, IReadOnlyList<ProjectRef> Projects, GroupFigure? Investment, int? InvestmentMonth,
    IReadOnlyList<TargetRef> Targets, IReadOnlyList<ProblemRef> Problems, bool CanEdit);
