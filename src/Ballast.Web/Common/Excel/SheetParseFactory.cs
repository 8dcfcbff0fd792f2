namespace Ballast.Web.Common.Excel;

/// <summary>What every pass over one upload shares: a counting pass and the reading pass are parsed alike.</summary>
internal sealed record SheetParseFactory(
    string Sha,
    IReadOnlyList<ColumnSpec> Specs,
    IReadOnlyDictionary<string, ColumnSpec> Lookup,
    SheetReadOptions Options,
    IProgress<int>? Progress,
    CancellationToken CancellationToken)
{
    /// <param name="counting">A pass that only counts reports no progress: the reading pass does.</param>
    public SheetParse Create(string sheetName, bool counting = false) =>
        new(Sha, sheetName, Specs, Lookup, Options, counting ? null : Progress, CancellationToken);
}
