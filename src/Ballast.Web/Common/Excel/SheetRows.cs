namespace Ballast.Web.Common.Excel;

/// <summary>A worksheet open for one pass: the header as found, then the data rows one at a time.
/// Problems with the sheet as a whole collect in <see cref="Errors"/>: some are known when it opens
/// (no header, too many rows), some only on the way (a file that breaks off), so read them after the rows.</summary>
public sealed class SheetRows : IDisposable
{
    private readonly List<string> _errors;
    private readonly List<SkippedRow> _skipped;
    private readonly IDisposable[] _owned;

    internal SheetRows(ParsedSheet head, IEnumerable<ParsedRow> rows, List<string> errors, List<SkippedRow> skipped, params IDisposable[] owned)
    {
        Head = head;
        Rows = rows;
        _errors = errors;
        _skipped = skipped;
        _owned = owned;
    }

    /// <summary>What the header says; its <see cref="ParsedSheet.Errors"/> are those known before any data row.</summary>
    public ParsedSheet Head { get; }

    /// <summary>Enumerate once.</summary>
    public IEnumerable<ParsedRow> Rows { get; }

    public IReadOnlyList<string> Errors => _errors;

    public IReadOnlyList<SkippedRow> SkippedRows => _skipped;

    internal static SheetRows Failed(ParsedSheet head, string error) =>
        new(head with { Errors = [error] }, [], [error], []);

    /// <summary>Every row in memory: for small sheets and tests.</summary>
    public ParsedSheet ReadAll()
    {
        var rows = Rows.ToList();
        return Head with { Rows = rows, Errors = [.. _errors], SkippedRows = [.. _skipped] };
    }

    public void Dispose()
    {
        foreach (var owned in _owned)
        {
            owned.Dispose();
        }
    }
}
