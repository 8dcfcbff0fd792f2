using Ballast.Web.Common.Excel;

namespace Ballast.Tests.Excel;

public class CellParserDateTests
{
    [Theory]
    [InlineData("2023.3.1")]
    [InlineData("2023-03-01")]
    [InlineData("2023/3/1")]
    [InlineData("2023年3月1日")]
    [InlineData("2023年3月1号")]
    [InlineData("２０２３年３月１日")]
    [InlineData("2023 年 3 月 1 日")]
    [InlineData("20230301")]
    [InlineData("2023-03-01 00:00:00")]
    public void Text_dates(string cell)
    {
        var r = CellParser.Date(cell, "计划开工日期");

        Assert.True(r.IsOk, r.Error);
        Assert.Equal(new DateOnly(2023, 3, 1), r.Value);
    }

    [Theory]
    [InlineData("2023年3月")]
    [InlineData("2023.3")]
    [InlineData("2023-03")]
    [InlineData("202303")]
    public void A_month_without_a_day_is_its_first_day(string cell)
    {
        Assert.Equal(new DateOnly(2023, 3, 1), CellParser.Date(cell, "计划开工日期").Value);
    }

    [Fact]
    public void Date_cells()
    {
        Assert.Equal(new DateOnly(2023, 3, 1), CellParser.Date(new DateTime(2023, 3, 1, 9, 30, 0), "计划开工日期").Value);
    }

    [Theory]
    [InlineData(44927d, 2023, 1, 1)]
    [InlineData(44986.75d, 2023, 3, 1)]
    [InlineData(20230301d, 2023, 3, 1)]
    [InlineData(2023.3d, 2023, 3, 1)]
    [InlineData(2023.12d, 2023, 12, 1)]
    public void Numeric_cells(double cell, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), CellParser.Date(cell, "计划开工日期").Value);
    }

    [Fact]
    public void The_number_2023_point_1_could_be_january_or_october()
    {
        var r = CellParser.Date(2023.1, "计划开工日期");

        Assert.False(r.IsOk);
        Assert.StartsWith("「计划开工日期」日期不明确", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Typed_as_text_2023_point_1_is_january()
    {
        Assert.Equal(new DateOnly(2023, 1, 1), CellParser.Date("2023.1", "计划开工日期").Value);
    }

    [Theory]
    [InlineData("2023.13.1")]
    [InlineData("2023.2.30")]
    [InlineData("2023年13月")]
    [InlineData("3月1日")]
    [InlineData("2023年3月上旬")]
    [InlineData("明年")]
    [InlineData("1800-01-01")]
    [InlineData("20231301")]
    public void Unreadable_dates_are_errors_naming_column_and_value(string cell)
    {
        Assert.Equal($"「计划开工日期」日期格式无法识别：{cell}", CellParser.Date(cell, "计划开工日期").Error);
    }

    [Theory]
    [InlineData(2023d)]
    [InlineData(-5d)]
    [InlineData(true)]
    public void Unreadable_non_text_dates_are_errors(object cell)
    {
        Assert.False(CellParser.Date(cell, "计划开工日期").IsOk);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("—")]
    public void Empty_dates_are_null(string? cell)
    {
        var r = CellParser.Date(cell, "计划开工日期");

        Assert.True(r.IsOk);
        Assert.Null(r.Value);
    }
}
