namespace Ballast.Web.Common.Excel;

public enum ColumnKind
{
    Text,

    /// <summary>Money, converted into the spec's <see cref="ColumnSpec.Unit"/> from the unit the sheet states.</summary>
    Amount,
    Decimal,
    Integer,
    Date,
    Choice,
}
