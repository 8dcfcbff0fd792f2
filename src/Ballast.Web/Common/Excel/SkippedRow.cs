namespace Ballast.Web.Common.Excel;

/// <summary>A non-blank row that is deliberately not imported (合计, 分组标题, 注释…).</summary>
public sealed record SkippedRow(int RowNumber, string Reason);
