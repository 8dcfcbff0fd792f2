namespace Ballast.Web.Common.Excel;

public sealed record SheetReadOptions
{
    public static readonly SheetReadOptions Default = new();

    /// <summary>The worksheet to read; null reads the first.</summary>
    public string? SheetName { get; init; }

    /// <summary>More data rows than this is a sheet-level error (reading stops there).</summary>
    public int MaxRows { get; init; } = 20_000;

    /// <summary>How far down the header may start, below title rows.</summary>
    public int HeaderSearchRows { get; init; } = 15;
}
