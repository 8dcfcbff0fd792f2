using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Projects;

/// <summary>A key-project figure for a group (the city, a district, a chain, a leader).</summary>
public sealed record GroupFigure(int? Key, string Name, int Projects, decimal PlanWan, decimal YtdWan, int Reported, Progress Progress)
{
    public int Unreported => Projects - Reported;
}
