namespace Ballast.Web.Features.Compendium;

/// <summary>A published project as the office and the API list it: what is released, and the project it is about.</summary>
public sealed record PublishedRow(int Id, int ProjectId, string ProjectName, string PublicName, string? PublicSummary,
    bool ShowsTotalInvestment, bool ShowsCompletion, int SortOrder, DateOnly PublishedOn, int OwnerUnitId, int Version);
