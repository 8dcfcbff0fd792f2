namespace Ballast.Web.Common.Excel;

/// <summary>Which sheet column feeds a spec, and by how much its amounts are multiplied.</summary>
/// <param name="Column">Excel column letter, e.g. "C".</param>
/// <param name="Header">The header as the sheet writes it (both rows of a two-row header).</param>
/// <param name="SourceUnit">Amount columns: the unit the sheet uses for this column.</param>
/// <param name="Multiplier">Into the spec's unit: 亿元 → 万元 is 10,000; 1 for other kinds.</param>
public sealed record ColumnMatch(ColumnSpec Spec, string Column, string Header, AmountUnit? SourceUnit, decimal Multiplier);
