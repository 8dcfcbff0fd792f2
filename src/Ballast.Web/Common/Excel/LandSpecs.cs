namespace Ballast.Web.Common.Excel;

/// <summary>The land columns a project sheet and a firm sheet share (IUsesLand): the export's headers first,
/// then the names land offices and parks write.</summary>
public static class LandSpecs
{
    public static readonly ColumnSpec Area = new("LandAreaMu", "用地面积", ColumnKind.Decimal)
    {
        Synonyms = ["用地面积（亩）", "占地面积", "用地", "项目用地", "土地面积", "用地（亩）"],
    };

    public static readonly ColumnSpec Parcel = new("ParcelCode", "宗地编码", ColumnKind.Text)
    {
        Synonyms = ["宗地代码", "宗地号", "地块编号", "地块编码", "不动产单元号", "不动产单元代码", "宗地编号"],
    };

    public static readonly ColumnSpec RightOn = new("LandRightOn", "土地使用权取得日期", ColumnKind.Date)
    {
        Synonyms = ["土地取得日期", "供地日期", "取得土地日期", "土地使用权取得时间", "拿地时间", "拿地日期", "土地出让日期"],
    };

    public static readonly ColumnSpec Standard = new("IsStandardLand", "标准地", ColumnKind.Choice)
    {
        Choices = [new("true", "是", "Y", "√", "✓", "1", "标准地"), new("false", "否", "N", "0", "×")],
        Synonyms = ["是否标准地", "标准地出让", "是否标准地出让"],
    };
}
