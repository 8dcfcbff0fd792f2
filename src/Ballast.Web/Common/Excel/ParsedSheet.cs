namespace Ballast.Web.Common.Excel;

/// <summary>Which sheet column feeds a spec, and by how much its amounts are multiplied.</summary>
/// <param name="Column">Excel column letter, e.g. "C".</param>
/// <param name="Header">The header as the sheet writes it (both rows of a two-row header).</param>
/// <param name="SourceUnit">Amount columns: the unit the sheet uses for this column.</param>
/// <param name="Multiplier">Into the spec's unit: 亿元 → 万元 is 10,000; 1 for other kinds.</param>
public sealed record ColumnMatch(ColumnSpec Spec, string Column, string Header, AmountUnit? SourceUnit, decimal Multiplier);

/// <summary>A non-blank row that is deliberately not imported (合计, 分组标题, 注释…).</summary>
public sealed record SkippedRow(int RowNumber, string Reason);

/// <summary>One data row: typed values by spec key and what is wrong with it.</summary>
public sealed class ParsedRow(int rowNumber, IReadOnlyDictionary<string, object?> values, IReadOnlyList<string> problems)
{
    /// <summary>1-based, as Excel numbers it.</summary>
    public int RowNumber { get; } = rowNumber;

    /// <summary>
    /// Key → string, decimal (amounts in the spec's unit), int, DateOnly or the choice value.
    /// Every matched column has its key (null when empty or invalid); a column absent from the
    /// sheet has none, so an update can tell "left empty" from "not supplied".
    /// </summary>
    public IReadOnlyDictionary<string, object?> Values { get; } = values;

    public IReadOnlyList<string> Problems { get; } = problems;

    public bool IsValid => Problems.Count == 0;

    public string? GetString(string key) => (string?)Get(key);

    public decimal? GetDecimal(string key) => (decimal?)Get(key);

    public int? GetInt32(string key) => (int?)Get(key);

    public DateOnly? GetDate(string key) => (DateOnly?)Get(key);

    private object? Get(string key) => Values.TryGetValue(key, out var v) ? v : null;
}

/// <summary>The result of reading one worksheet; nothing here has touched the database.</summary>
public sealed record ParsedSheet
{
    /// <summary>Lower-case hex SHA-256 of the uploaded bytes: the same file uploaded twice is the same import.</summary>
    public required string FileSha256 { get; init; }

    public string? SheetName { get; init; }

    /// <summary>1-based first header row; null when no header was found.</summary>
    public int? HeaderRow { get; init; }

    /// <summary>1, or 2 for a group row above sub-headers.</summary>
    public int HeaderRowCount { get; init; }

    /// <summary>A "单位：亿元" note above the header, if any.</summary>
    public AmountUnit? SheetUnit { get; init; }

    public IReadOnlyList<ColumnMatch> Columns { get; init; } = [];

    /// <summary>Headers no spec recognised; their cells are ignored.</summary>
    public IReadOnlyList<string> UnmatchedHeaders { get; init; } = [];

    /// <summary>The months the title rows and the matched headers name ("9月完成投资" → 9), in order.</summary>
    public IReadOnlyList<int> NamedMonths { get; init; } = [];

    /// <summary>Titles of required specs with no column.</summary>
    public IReadOnlyList<string> MissingRequired { get; init; } = [];

    /// <summary>Problems with the file as a whole (not xlsx, no header, missing columns, too many rows).</summary>
    public IReadOnlyList<string> Errors { get; init; } = [];

    public IReadOnlyList<ParsedRow> Rows { get; init; } = [];

    public IReadOnlyList<SkippedRow> SkippedRows { get; init; } = [];

    /// <summary>True when nothing stops a commit: no sheet error and no row problem.</summary>
    public bool IsValid => Errors.Count == 0 && Rows.All(r => r.IsValid);

    public string? UnmatchedNotice =>
        UnmatchedHeaders.Count == 0 ? null : "以下列未识别，将被忽略：" + string.Join("、", UnmatchedHeaders);
}
