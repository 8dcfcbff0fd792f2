namespace Ballast.Web.Common.Excel;

/// <summary>A parsed cell: a value (null when the cell is empty) or a reason in Chinese.</summary>
public readonly record struct CellResult<T>(T Value, string? Error)
{
    public bool IsOk => Error is null;
}
