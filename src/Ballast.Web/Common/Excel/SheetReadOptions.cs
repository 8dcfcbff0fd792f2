namespace Ballast.Web.Common.Excel;

public sealed record SheetReadOptions
{
    public static readonly SheetReadOptions Default = new();

    /// <summary>The worksheet to read; null reads the first.</summary>
    public string? SheetName { get; init; }

    /// <summary>More data rows than this is a sheet-level error, met before any row is typed.
    /// Imports take theirs from configuration (<see cref="ImportLimits"/>).</summary>
    public int MaxRows { get; init; } = ImportLimits.DefaultMaxRows;

    /// <summary>How far down the header may start, below title rows.</summary>
    public int HeaderSearchRows { get; init; } = 15;

    /// <summary>A workbook has a dozen parts; thousands of entries is junk or an attack.</summary>
    public int MaxArchiveEntries { get; init; } = 1_000;

    /// <summary>Cap on the bytes inflated from the archive: declared sizes first, then the bytes actually read.</summary>
    public long MaxUncompressedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Sheet XML compresses well, but not this well: beyond it an entry is a bomb.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this escape the ratio check (tiny parts have wild ratios and do no harm).</summary>
    public long RatioCheckMinBytes { get; init; } = 1024 * 1024;

    /// <summary>Told the exception type when a file is unreadable for a reason the reader did not expect.</summary>
    public ILogger? Logger { get; init; }
}
