using Ballast.Web.Common.Excel;

namespace Ballast.Tests.Excel;

public class CellParserAmountTests
{
    [Theory]
    [InlineData("1,234.5", 1234.5)]
    [InlineData("１２３４．５", 1234.5)]
    [InlineData("１，２３４．５", 1234.5)]
    [InlineData(" 12 ", 12)]
    [InlineData("-3.5", -3.5)]
    [InlineData("0.5", 0.5)]
    [InlineData("1,234,567", 1234567)]
    public void Plain_text_numbers_are_in_the_column_unit(string cell, double expected)
    {
        var r = CellParser.Amount(cell, "总投资");

        Assert.True(r.IsOk, r.Error);
        Assert.Equal((decimal)expected, r.Value);
    }

    [Theory]
    [InlineData("1.2亿", 12000)]
    [InlineData("5亿元", 50000)]
    [InlineData("3000万", 3000)]
    [InlineData("3,000万元", 3000)]
    [InlineData("１．２亿", 12000)]
    [InlineData("2000000元", 200)]
    [InlineData("2,000,000 元", 200)]
    public void A_unit_in_the_cell_wins_over_the_column_unit(string cell, double expectedWan)
    {
        // The column says 亿元; the cell's own unit decides.
        var r = CellParser.Amount(cell, "总投资", columnUnit: AmountUnit.Yi);

        Assert.True(r.IsOk, r.Error);
        Assert.Equal((decimal)expectedWan, r.Value);
    }

    [Theory]
    [InlineData(12.5, AmountUnit.Yi, 125000)]
    [InlineData(12.5, AmountUnit.Wan, 12.5)]
    [InlineData(150000, AmountUnit.Yuan, 15)]
    public void Numeric_cells_are_scaled_from_the_column_unit(double cell, AmountUnit columnUnit, double expectedWan)
    {
        var r = CellParser.Amount(cell, "总投资", columnUnit);

        Assert.Equal((decimal)expectedWan, r.Value);
    }

    [Fact]
    public void Binary_fractions_from_excel_do_not_leak_into_the_amount()
    {
        Assert.Equal(0.3m, CellParser.Amount(0.1 + 0.2, "总投资").Value);
    }

    [Fact]
    public void Target_unit_can_be_yi()
    {
        Assert.Equal(1.2m, CellParser.Amount("12000万", "总投资", target: AmountUnit.Yi).Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-")]
    [InlineData("—")]
    [InlineData("——")]
    [InlineData("／")]
    [InlineData("/")]
    [InlineData("－")]
    public void Placeholders_are_empty_not_errors(string? cell)
    {
        var r = CellParser.Amount(cell, "总投资");

        Assert.True(r.IsOk);
        Assert.Null(r.Value);
    }

    [Theory]
    [InlineData("约10")]
    [InlineData("10左右")]
    [InlineData("abc")]
    [InlineData("1,23")]
    [InlineData("1.2.3")]
    [InlineData("亿")]
    [InlineData("#DIV/0!")]
    public void Unreadable_amounts_are_errors_naming_column_and_value(string cell)
    {
        var r = CellParser.Amount(cell, "总投资");

        Assert.False(r.IsOk);
        Assert.Null(r.Value);
        Assert.Equal($"「总投资」无法识别为金额：{cell}", r.Error);
    }

    [Fact]
    public void A_date_in_an_amount_column_is_an_error()
    {
        var r = CellParser.Amount(new DateTime(2023, 1, 1), "总投资");

        Assert.Equal("「总投资」无法识别为金额：2023-01-01", r.Error);
    }
}

public class CellParserNumberTests
{
    [Theory]
    [InlineData("85%", 0.85)]
    [InlineData("８５％", 0.85)]
    [InlineData("12.5%", 0.125)]
    [InlineData("0.85", 0.85)]
    public void Percentages_are_fractions_where_allowed(string cell, double expected)
    {
        Assert.Equal((decimal)expected, CellParser.Decimal(cell, "形象进度", allowPercent: true).Value);
    }

    [Fact]
    public void A_percent_cell_keeps_excels_stored_fraction()
    {
        Assert.Equal(0.85m, CellParser.Decimal(0.85, "形象进度", allowPercent: true).Value);
    }

    [Fact]
    public void Percentages_are_errors_where_not_allowed()
    {
        Assert.Equal("「用地面积」无法识别为数字：85%", CellParser.Decimal("85%", "用地面积").Error);
    }

    [Fact]
    public void Decimals_do_not_take_amount_units()
    {
        Assert.False(CellParser.Decimal("1.2亿", "用地面积").IsOk);
    }

    [Theory]
    [InlineData("120", 120)]
    [InlineData("１２０", 120)]
    [InlineData("1,200", 1200)]
    [InlineData(120.0, 120)]
    [InlineData("120.0", 120)]
    public void Integers(object cell, int expected)
    {
        Assert.Equal(expected, CellParser.Integer(cell, "新增就业").Value);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData(12.5)]
    [InlineData("120人")]
    [InlineData(3e12)]
    public void Non_integers_are_errors(object cell)
    {
        var r = CellParser.Integer(cell, "新增就业");

        Assert.False(r.IsOk);
        Assert.StartsWith("「新增就业」", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Integer_error_names_the_value()
    {
        Assert.Equal("「新增就业」不是整数：12.5", CellParser.Integer(12.5, "新增就业").Error);
    }
}

public class CellParserTextAndChoiceTests
{
    private static readonly ChoiceOption[] Stages =
        [new("Signed", "签约", "已签约"), new("Started", "开工", "已开工", "在建")];

    [Theory]
    [InlineData("签约", "Signed")]
    [InlineData("已签约", "Signed")]
    [InlineData(" 已 签约 ", "Signed")]
    [InlineData("在建", "Started")]
    [InlineData("signed", "Signed")]
    public void Choices_match_through_synonyms(string cell, string expected)
    {
        Assert.Equal(expected, CellParser.Choice(cell, "项目阶段", Stages).Value);
    }

    [Fact]
    public void Unknown_choice_lists_what_is_allowed()
    {
        var r = CellParser.Choice("谈判中", "项目阶段", Stages);

        Assert.Equal("「项目阶段」取值无法识别：谈判中（可选：签约、开工）", r.Error);
    }

    [Fact]
    public void Empty_choice_is_null()
    {
        Assert.Null(CellParser.Choice("  ", "项目阶段", Stages).Value);
        Assert.True(CellParser.Choice(null, "项目阶段", Stages).IsOk);
    }

    [Fact]
    public void Text_is_trimmed_and_whitespace_collapsed_but_characters_kept()
    {
        Assert.Equal("青岛（西海岸）新材料 项目", CellParser.Text("  青岛（西海岸）新材料\n　项目 ", "项目名称").Value);
    }

    [Fact]
    public void Numbers_in_text_columns_read_as_typed()
    {
        Assert.Equal("370211", CellParser.Text(370211d, "区划代码").Value);
    }

    [Fact]
    public void Text_longer_than_the_maximum_is_an_error()
    {
        var r = CellParser.Text(new string('长', 30), "项目名称", maxLength: 20);

        Assert.Equal($"「项目名称」超过 20 字：{new string('长', 20)}…", r.Error);
    }

    [Fact]
    public void Parse_dispatches_on_the_spec_kind_and_column_unit()
    {
        var spec = new ColumnSpec("TotalInvestment", "总投资", ColumnKind.Amount);

        Assert.Equal(125000m, CellParser.Parse(12.5, spec, AmountUnit.Yi).Value);
        Assert.Equal(12.5m, CellParser.Parse(12.5, spec).Value);
    }
}
