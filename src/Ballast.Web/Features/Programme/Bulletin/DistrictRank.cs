using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Programme;

/// <summary>A district's place by key-project completion; <see cref="Rank"/> is null when it has
/// not reported, and such districts come last.</summary>
public sealed record DistrictRank(int? Rank, GroupFigure Figure, string Link);
