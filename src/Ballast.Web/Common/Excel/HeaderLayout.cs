namespace Ballast.Web.Common.Excel;

/// <summary>Where the header is and what each of its columns means.</summary>
internal sealed record HeaderLayout(
    int FirstRow,
    int RowCount,
    IReadOnlyList<(int Index, ColumnMatch Match)> Columns,
    IReadOnlyList<string> Unmatched,
    AmountUnit? SheetUnit,
    IReadOnlyList<int> TitleMonths);
