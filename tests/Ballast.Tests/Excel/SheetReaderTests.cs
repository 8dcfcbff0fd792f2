using Ballast.Web.Common.Excel;
using static Ballast.Tests.Excel.ProjectSpecs;

namespace Ballast.Tests.Excel;

public class SheetReaderTests
{
    private static ParsedSheet Read(Stream xlsx, SheetReadOptions? options = null) => SheetReader.Read(xlsx, All, options);

    [Fact]
    public void The_platforms_own_template()
    {
        using var xlsx = Xlsx.Build(
            ["*项目名称", "所属区市", "项目阶段", "*总投资（万元）", "年度计划投资（万元）", "计划开工日期", "形象进度", "新增就业"],
            ["海洋装备产业园", "黄岛区", "已开工", 125000d, 30000d, new DateTime(2023, 3, 1), 0.35, 120d],
            ["生物医药中心", "崂山区", "签约", 8000.5, null, null, null, null]);

        var sheet = Read(xlsx);

        Assert.True(sheet.IsValid, string.Join("; ", sheet.Errors.Concat(sheet.Rows.SelectMany(r => r.Problems))));
        Assert.Equal(1, sheet.HeaderRow);
        Assert.Equal(1, sheet.HeaderRowCount);
        Assert.Equal(["A", "B", "C", "D", "E", "F", "G", "H"], sheet.Columns.Select(c => c.Column));
        Assert.Equal("TotalInvestment", sheet.Columns.Single(c => c.Column == "D").Spec.Key);
        Assert.Empty(sheet.UnmatchedHeaders);
        Assert.Null(sheet.UnmatchedNotice);

        var first = sheet.Rows[0];
        Assert.Equal(2, first.RowNumber);
        Assert.Equal("海洋装备产业园", first.GetString("Name"));
        Assert.Equal("Started", first.GetString("Stage"));
        Assert.Equal(125000m, first.GetDecimal("TotalInvestment"));
        Assert.Equal(new DateOnly(2023, 3, 1), first.GetDate("StartDate"));
        Assert.Equal(0.35m, first.GetDecimal("Progress"));
        Assert.Equal(120, first.GetInt32("Jobs"));

        var second = sheet.Rows[1];
        Assert.Equal(3, second.RowNumber);
        Assert.Equal("Signed", second.GetString("Stage"));
        Assert.Equal(8000.5m, second.GetDecimal("TotalInvestment"));
        Assert.True(second.Values.ContainsKey("AnnualPlan"));
        Assert.Null(second.GetDecimal("AnnualPlan"));
        Assert.False(second.Values.ContainsKey("Completed")); // not a column of this sheet
    }

    [Fact]
    public void Title_rows_and_a_unit_note_above_the_header()
    {
        using var xlsx = Xlsx.Build(
            ["2023年青岛市重点项目投资完成情况表", null, null, null, null],
            ["填报单位：市南区发展和改革局", null, null, null, "单位：亿元"],
            ["序号", "项目名称", "总投资", "年度计划投资", "累计完成投资（万元）"],
            [1d, "海洋装备产业园", 12.5, 3.2, 15000d],
            [2d, "生物医药中心", "8", "-", 200d]);

        var sheet = Read(xlsx);

        Assert.Empty(sheet.Errors);
        Assert.Equal(3, sheet.HeaderRow);
        Assert.Equal(AmountUnit.Yi, sheet.SheetUnit);
        Assert.Empty(sheet.UnmatchedHeaders); // 序号 is expected, not reported
        var total = sheet.Columns.Single(c => c.Spec == Total);
        Assert.Equal(AmountUnit.Yi, total.SourceUnit);
        Assert.Equal(10000m, total.Multiplier);
        Assert.Equal(AmountUnit.Wan, sheet.Columns.Single(c => c.Spec == Done).SourceUnit); // its own header wins

        Assert.Equal([4, 5], sheet.Rows.Select(r => r.RowNumber));
        Assert.Equal(125000m, sheet.Rows[0].GetDecimal("TotalInvestment"));
        Assert.Equal(32000m, sheet.Rows[0].GetDecimal("AnnualPlan"));
        Assert.Equal(15000m, sheet.Rows[0].GetDecimal("Completed"));
        Assert.Equal(80000m, sheet.Rows[1].GetDecimal("TotalInvestment"));
        Assert.Null(sheet.Rows[1].GetDecimal("AnnualPlan"));
        Assert.True(sheet.IsValid);
    }

    [Fact]
    public void Two_row_header_with_units_exported_without_merges()
    {
        using var xlsx = Xlsx.Build(
            ["序号", "项目名称", "总投资(亿元)", "2023年", null, "备注"],
            [null, null, null, "计划投资(亿元)", "完成投资（万元）", null],
            [1d, "海洋装备产业园", 12.5, 3.2, 15000d, "续建"]);

        var sheet = Read(xlsx);

        Assert.Empty(sheet.Errors);
        Assert.Equal(1, sheet.HeaderRow);
        Assert.Equal(2, sheet.HeaderRowCount);
        Assert.Equal(["B", "C", "D", "E"], sheet.Columns.Select(c => c.Column));
        Assert.Equal(10000m, sheet.Columns.Single(c => c.Spec == Plan).Multiplier);
        Assert.Equal("2023年 计划投资(亿元)", sheet.Columns.Single(c => c.Spec == Plan).Header);
        Assert.Equal(["备注"], sheet.UnmatchedHeaders);

        var row = Assert.Single(sheet.Rows);
        Assert.Equal(3, row.RowNumber);
        Assert.Equal(125000m, row.GetDecimal("TotalInvestment"));
        Assert.Equal(32000m, row.GetDecimal("AnnualPlan"));
        Assert.Equal(15000m, row.GetDecimal("Completed"));
    }

    [Fact]
    public void Two_row_header_with_merged_cells()
    {
        using var xlsx = Xlsx.Build(
            [
                ["项目名称", "总投资(亿元)", "2023年", null],
                [null, null, "计划投资", "完成投资"],
                ["海洋装备产业园", 12.5, 3.2, 1.5],
            ],
            merges: ["A1:A2", "B1:B2", "C1:D1"]);

        var sheet = Read(xlsx);

        Assert.Equal(2, sheet.HeaderRowCount);
        var row = Assert.Single(sheet.Rows);
        Assert.Equal("海洋装备产业园", row.GetString("Name"));
        Assert.Equal(125000m, row.GetDecimal("TotalInvestment"));
        Assert.Equal(3.2m, row.GetDecimal("AnnualPlan")); // no unit on the sub-header: 万元
        Assert.Equal(1.5m, row.GetDecimal("Completed"));
    }

    [Fact]
    public void A_region_merged_down_several_rows_fills_each_row()
    {
        using var xlsx = Xlsx.Build(
            [
                ["区市", "项目名称", "总投资"],
                ["黄岛区", "甲", 1d],
                [null, "乙", 2d],
                ["崂山区", "丙", 3d],
            ],
            merges: ["A2:A3"]);

        var rows = Read(xlsx).Rows;

        Assert.Equal(["黄岛区", "黄岛区", "崂山区"], rows.Select(r => r.GetString("Region")));
    }

    [Fact]
    public void A_merged_group_with_unknown_sub_headers_is_still_a_two_row_header()
    {
        using var xlsx = Xlsx.Build(
            [
                ["项目名称", "总投资（亿元）", null],
                [null, "计划", "完成"],
                ["海洋装备产业园", 12.5, 3d],
            ],
            merges: ["A1:A2", "B1:C1"]);

        var sheet = Read(xlsx);

        Assert.Equal(2, sheet.HeaderRowCount);
        Assert.Equal("B", sheet.Columns.Single(c => c.Spec == Total).Column);
        Assert.Equal(["总投资（亿元） 完成"], sheet.UnmatchedHeaders);
        Assert.Equal(125000m, Assert.Single(sheet.Rows).GetDecimal("TotalInvestment"));
    }

    [Fact]
    public void Units_after_a_slash_and_in_yuan()
    {
        using var xlsx = Xlsx.Build(
            ["项目名称", "总投资（元）", "年度计划投资/亿元"],
            ["海洋装备产业园", 150_000_000d, 1.25]);

        var row = Assert.Single(Read(xlsx).Rows);

        Assert.Equal(15000m, row.GetDecimal("TotalInvestment"));
        Assert.Equal(12500m, row.GetDecimal("AnnualPlan"));
    }

    [Fact]
    public void Full_width_digits_and_units_typed_in_number_cells()
    {
        using var xlsx = Xlsx.Build(
            ["项目名称", "总投资(亿元)"],
            ["甲", "１２．５"],
            ["乙", "1.2亿"],
            ["丙", "3,000万元"],
            ["丁", "5亿元"],
            ["戊", "约10"]);

        var rows = Read(xlsx).Rows;

        Assert.Equal([125000m, 12000m, 3000m, 50000m], rows.Take(4).Select(r => r.GetDecimal("TotalInvestment")!.Value));
        Assert.Equal(["「总投资」无法识别为金额：约10"], rows[4].Problems);
        Assert.False(rows[4].IsValid);
    }

    [Fact]
    public void Chinese_and_excel_dates()
    {
        using var xlsx = Xlsx.Build(
            ["项目名称", "总投资", "开工时间"],
            ["甲", 1d, "2023年3月1日"],
            ["乙", 1d, "2023.3.1"],
            ["丙", 1d, "2023年3月"],
            ["丁", 1d, new DateTime(2023, 3, 1)],
            ["戊", 1d, 44986d],
            ["己", 1d, "20230301"],
            ["庚", 1d, "2023.13.1"]);

        var sheet = Read(xlsx);

        Assert.All(sheet.Rows.Take(6), r => Assert.Equal(new DateOnly(2023, 3, 1), r.GetDate("StartDate")));
        Assert.Equal(["「计划开工日期」日期格式无法识别：2023.13.1"], sheet.Rows[6].Problems);
        Assert.Equal(8, sheet.Rows[6].RowNumber);
    }

    [Fact]
    public void Totals_sections_footnotes_and_blank_rows_are_not_imported()
    {
        using var xlsx = Xlsx.Build(
            ["序号", "项目名称", "总投资"],
            [1d, 2d, 3d],
            ["一、先进制造业", null, null],
            [1d, "海洋装备产业园", 100d],
            [null, null, null],
            [2d, "生物医药中心", 200d],
            [null, "小计", 300d],
            [null, "合 计", 300d],
            ["总计", null, 300d],
            ["注：总投资含已完成投资。", null, null],
            ["填报人：张三", null, null]);

        var sheet = Read(xlsx);

        Assert.Equal([4, 6], sheet.Rows.Select(r => r.RowNumber));
        Assert.Equal(["海洋装备产业园", "生物医药中心"], sheet.Rows.Select(r => r.GetString("Name")));
        Assert.Equal(
            [(2, "列序号行"), (3, "分组标题行"), (7, "合计行"), (8, "合计行"), (9, "合计行"), (10, "说明行"), (11, "说明行")],
            sheet.SkippedRows.Select(s => (s.RowNumber, s.Reason)));
        Assert.True(sheet.IsValid);
    }

    [Fact]
    public void Repeated_headers_and_empty_template_rows_are_not_imported()
    {
        using var xlsx = Xlsx.Build(
            ["序号", "项目名称", "总投资（亿元）"],
            [1d, "甲", 1d],
            ["序号", "项目名称", "总投资（亿元）"],
            [2d, "乙", 2d],
            [3d, null, 0d]); // a pre-numbered template row whose formula shows 0

        var sheet = Read(xlsx);

        Assert.Equal(["甲", "乙"], sheet.Rows.Select(r => r.GetString("Name")));
        Assert.Equal([(3, "重复表头行")], sheet.SkippedRows.Select(s => (s.RowNumber, s.Reason)));
        Assert.True(sheet.IsValid);
    }

    [Fact]
    public void A_reporting_unit_whose_name_starts_with_yuan_is_not_a_unit_note()
    {
        using var xlsx = Xlsx.Build(
            ["填报单位：元氏县发展和改革局", null],
            ["项目名称", "总投资"],
            ["甲", 100d]);

        var sheet = Read(xlsx);

        Assert.Null(sheet.SheetUnit);
        Assert.Equal(100m, Assert.Single(sheet.Rows).GetDecimal("TotalInvestment"));
    }

    [Fact]
    public void Missing_required_column_is_a_sheet_error()
    {
        using var xlsx = Xlsx.Build(
            ["项目名称", "年度计划投资"],
            ["海洋装备产业园", 100d]);

        var sheet = Read(xlsx);

        Assert.Equal(["缺少必填列：总投资"], sheet.Errors);
        Assert.Equal(["总投资"], sheet.MissingRequired);
        Assert.Empty(sheet.Rows);
        Assert.False(sheet.IsValid);
    }

    [Fact]
    public void Unknown_columns_are_listed_and_ignored()
    {
        using var xlsx = Xlsx.Build(
            ["项目", "联系人", "计划总投资", "备注"],
            ["海洋装备产业园", "张三", 100d, "续建"]);

        var sheet = Read(xlsx);

        Assert.Equal(["联系人", "备注"], sheet.UnmatchedHeaders);
        Assert.Equal("以下列未识别，将被忽略：联系人、备注", sheet.UnmatchedNotice);
        var row = Assert.Single(sheet.Rows);
        Assert.Equal(["Name", "TotalInvestment"], row.Values.Keys);
        Assert.True(sheet.IsValid);
    }

    [Fact]
    public void Row_problems_carry_their_excel_row_numbers()
    {
        using var xlsx = Xlsx.Build(
            ["项目名称", "总投资", "项目阶段"],
            [null, 100d, "签约"],
            ["生物医药中心", "abc", "谈判中"],
            ["好项目", 1d, "投产"]);

        var sheet = Read(xlsx);

        Assert.False(sheet.IsValid);
        Assert.Equal(["「项目名称」不能为空"], sheet.Rows[0].Problems);
        Assert.Equal(2, sheet.Rows[0].RowNumber);
        Assert.Equal(["「总投资」无法识别为金额：abc", "「项目阶段」取值无法识别：谈判中（可选：签约、开工、投产）"], sheet.Rows[1].Problems);
        Assert.True(sheet.Rows[2].IsValid);
    }

    [Fact]
    public void No_recognisable_header_is_a_sheet_error()
    {
        using var xlsx = Xlsx.Build(["名称", "金额"], ["甲", 1d]);

        var sheet = Read(xlsx);

        Assert.Null(sheet.HeaderRow);
        Assert.Equal(["未找到表头：前 15 行中没有可识别的列名（如「项目名称」、「总投资」）"], sheet.Errors);
    }
}
