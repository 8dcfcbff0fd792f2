using Ballast.Web.Common.Excel;
using static Ballast.Tests.Excel.ProjectSpecs;
using static Ballast.Tests.Excel.RawXlsx;

namespace Ballast.Tests.Excel;

/// <summary>
/// Valid workbooks in shapes other writers produce: each must land its cells in the right columns.
/// None has a sharedStrings part unless a test gives one.
/// </summary>
public class UnusualWorkbookTests
{
    private static readonly string Header = Row("1", Str("项目名称", "A1"), Str("总投资", "B1"));

    private static ParsedSheet Read(Stream xlsx) => SheetReader.Read(xlsx, All);

    private static (string? Name, decimal? Total) Only(ParsedSheet sheet)
    {
        Assert.Empty(sheet.Errors);
        var row = Assert.Single(sheet.Rows);
        return (row.GetString("Name"), row.GetDecimal("TotalInvestment"));
    }

    [Fact]
    public void Cells_without_r_follow_one_another()
    {
        using var xlsx = RawXlsx.Sheet(
            Row("1", Str("名称"), Str("数量")) + """<row r="2"><c t="inlineStr"><is><t>名称甲</t></is></c><c><v>12</v></c></row>""");

        var sheet = SheetReader.Read(xlsx, [new("Name", "名称", ColumnKind.Text), new("N", "数量", ColumnKind.Integer)]);

        Assert.Empty(sheet.Errors);
        Assert.Equal(["A", "B"], sheet.Columns.Select(c => c.Column));
        Assert.Equal(("名称甲", 12), (sheet.Rows[0].GetString("Name"), sheet.Rows[0].GetInt32("N")));
    }

    [Fact]
    public void Rows_and_cells_without_r_at_all()
    {
        using var xlsx = RawXlsx.Sheet(Row(null, Str("项目名称"), Str("总投资")) + Row(null, Str("甲"), Num("7.5")));

        var sheet = Read(xlsx);

        Assert.Equal(("甲", 7.5m), Only(sheet));
        Assert.Equal(2, sheet.Rows[0].RowNumber);
    }

    [Fact]
    public void A_cell_without_r_continues_from_the_last_addressed_one()
    {
        // Name in B, total in C: the unaddressed cell after B is C, not A or B.
        using var xlsx = RawXlsx.Sheet(Row("3", Str("项目名称", "B3"), Str("总投资")) + Row(null, Str("乙", "B4"), Num("3")));

        var sheet = Read(xlsx);

        Assert.Equal(("乙", 3m), Only(sheet));
        Assert.Equal(["B", "C"], sheet.Columns.Select(c => c.Column));
        Assert.Equal([3, 4], [sheet.HeaderRow!.Value, sheet.Rows[0].RowNumber]);
    }

    [Fact]
    public void Shared_strings_and_formula_strings()
    {
        using var xlsx = RawXlsx.Sheet(
            """<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>""" + Row("2", """<c t="str"><f>"丙"</f><v>丙</v></c>""", Num("4")),
            sharedStrings: "<si><t>项目名称</t></si><si><r><t>总</t></r><r><t>投资</t></r></si>");

        Assert.Equal(("丙", 4m), Only(Read(xlsx)));
    }

    [Theory]
    [InlineData("2023-03-01")]
    [InlineData("2023年3月1日")]
    [InlineData("2023.3.1")]
    public void Dates_stored_as_text(string text)
    {
        using var xlsx = RawXlsx.Sheet(Row("1", Str("项目名称"), Str("总投资"), Str("计划开工日期")) + Row("2", Str("丁"), Num("1"), Str(text)));

        var sheet = Read(xlsx);

        Assert.Equal(("丁", 1m), Only(sheet));
        Assert.Equal(new DateOnly(2023, 3, 1), sheet.Rows[0].GetDate("StartDate"));
    }

    [Fact]
    public void Booleans_are_read_as_booleans()
    {
        var flag = """<c t="b"><v>1</v></c>""";
        using var xlsx = RawXlsx.Sheet(Row("1", Str("项目名称"), Str("总投资"), Str("备注")) + Row("2", Str("戊"), Num("2"), flag));

        var sheet = SheetReader.Read(xlsx, [Name, Total, new("Flag", "备注", ColumnKind.Text)]);

        Assert.Equal(("戊", 2m), Only(sheet));
        Assert.Equal("True", sheet.Rows[0].GetString("Flag"));
    }

    [Theory]
    [InlineData("/xl/worksheets/sheet1.xml", "xl/worksheets/sheet1.xml")]
    [InlineData("worksheets/data%20one.xml", "xl/worksheets/data one.xml")]
    [InlineData("/xl/ws/data.xml", "xl/ws/data.xml")]
    [InlineData("./worksheets/../sheets/a.xml", "xl/sheets/a.xml")]
    [InlineData("worksheets/sheet1.xml", "XL/Worksheets/Sheet1.xml")]
    public void Sheet_parts_at_unusual_paths(string target, string part)
    {
        using var xlsx = RawXlsx.Sheet(Header + Row("2", Str("己", "A2"), Num("5", "B2")), sheetTarget: target, sheetPath: part);

        Assert.Equal(("己", 5m), Only(Read(xlsx)));
    }
}
