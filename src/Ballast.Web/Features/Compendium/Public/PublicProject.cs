using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Compendium;

/// <summary>What the public sees of a published key project: its public name and summary, its stage, and the
/// figures the owner released. Nothing else of the project (owner, investor, contacts, problems, leader, codes).</summary>
public sealed record PublicProject(int Id, string Name, string? Summary, ProjectStage Stage, decimal? TotalInvestment, DateOnly PublishedOn)
{
    /// <summary>Null unless this year's completion is released.</summary>
    public PublicCompletion? Completion { get; init; }
}
