namespace Ballast.Web.Common.Excel;

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
