
namespace Ballast.Web.Features.Projects;

/// <summary>A project as its pages show it: every field a user may set, under the input model's own
/// names (<see cref="Input"/> is <see cref="ProjectInput.From"/>, so a field added there reaches the
/// API unchanged and can be sent back with PUT), plus what the records say about it.</summary>
public sealed record ProjectDetail(int Id, ProjectStage Stage, string StageName, DateOnly? SignedOn, DateOnly? RegisteredOn,
    DateOnly? StartedOn, DateOnly? OperatingOn, string? OwnerUnitName, string? ResponsibleUnitName, string? ParkName, string? ChainName,
    string? LeaderName, string? ExpansionOfName, int? MergedIntoId, bool IsDemo, int Version, DateOnly CreatedOn, ProjectInput Input);
