using Ballast.Web.Common.Excel;

namespace Ballast.Web.Common.Uploads;

/// <summary>How far an upload may go: its size on arrival, and for an archive how much it may hold once inflated.</summary>
public sealed record UploadLimits
{
    public const long EvidenceBytes = 10L * 1024 * 1024;

    public long MaxBytes { get; init; } = EvidenceBytes;

    /// <summary>An Office file has a few dozen parts; a large presentation a few hundred.</summary>
    public int MaxEntries { get; init; } = 1_000;

    /// <summary>Every byte inflated from the file, nested packages included, counted as it is inflated.</summary>
    public long MaxInflatedBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>XML compresses well, but not this well: past it an entry is a bomb.</summary>
    public int MaxCompressionRatio { get; init; } = 200;

    /// <summary>Entries smaller than this escape the ratio check (tiny parts have wild ratios and do no harm).</summary>
    public long RatioFloorBytes { get; init; } = 1024 * 1024;

    /// <summary>A package inside a package (a chart's data in a Word file) is checked too; one inside that is refused.</summary>
    public int MaxNesting { get; init; } = 1;

    /// <summary>An image's pixels: a 48-megapixel photograph passes, a decompression bomb does not.</summary>
    public long MaxPixels { get; init; } = 100_000_000;

    public int MaxSide { get; init; } = 30_000;

    /// <summary>An upload's file name, as most file systems allow it.</summary>
    public int MaxNameLength { get; init; } = 255;

    public static UploadLimits For(UploadPurpose purpose, IConfiguration configuration) => purpose switch
    {
        UploadPurpose.Import => new() { MaxBytes = ImportLimits.MaxMegabytes(configuration) * 1024L * 1024 },
        _ => new(),
    };
}
