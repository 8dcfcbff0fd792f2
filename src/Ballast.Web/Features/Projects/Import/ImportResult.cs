
namespace Ballast.Web.Features.Projects.Import;

/// <summary>The outcome of a commit: the counts, and each rejected row's number and reason.</summary>
public sealed record ImportResult(
    bool Committed,
    int Created,
    int Updated,
    IReadOnlyList<ImportRow> Rejected,
    IReadOnlyList<string> SheetErrors,
    string? Message)
{
    /// <summary>The file was imported before: nothing written, and nothing wrong either.</summary>
    public bool AlreadyImported { get; init; }
}
