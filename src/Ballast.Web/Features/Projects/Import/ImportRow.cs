
namespace Ballast.Web.Features.Projects.Import;

/// <summary>What the import will do with one sheet row, and why not when it will not.</summary>
public sealed record ImportRow(int RowNumber, string? Name, RowAction Action, IReadOnlyList<string> Problems);
