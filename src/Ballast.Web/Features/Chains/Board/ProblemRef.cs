namespace Ballast.Web.Features.Chains;

/// <summary>An open problem of one of the chain's projects.</summary>
public sealed record ProblemRef(int Id, int ProjectId, string ProjectName, string Title, DateOnly DueOn);
