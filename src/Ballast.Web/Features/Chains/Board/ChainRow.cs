namespace Ballast.Web.Features.Chains;

/// <summary>A chain in the list: who leads it, its firms and figures for the year, its projects and its gaps.</summary>
public sealed record ChainRow(int Id, string Name, string? GroupName, int GroupOrder, bool IsProgramme, int SortOrder, string? Chief,
    string? LeadUnit, ChainYearFigure Figure, int SignedProjects, int BuildingProjects, int KeyProjects, int Nodes, int Gaps, bool Mine);
