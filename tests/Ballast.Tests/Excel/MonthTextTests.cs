using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Text;
using Ballast.Web.Features.Projects.Import;

namespace Ballast.Tests.Excel;

/// <summary>Months named in headers and titles; codes as people type them; a month from the year to date.</summary>
public sealed class MonthTextTests
{
    [Theory]
    [InlineData("9月完成投资", 9)]
    [InlineData("1-9月累计完成投资", 9)]
    [InlineData("1—9月完成投资", 9)]
    [InlineData("９月份完成投资（万元）", 9)]
    [InlineData("2023年1-12月累计", 12)]
    [InlineData("截至十一月底累计完成", 11)]
    [InlineData("填报日期：2023年10月8日", null)]
    [InlineData("本月完成投资", null)]
    [InlineData("1月-9月累计完成投资", 9)]
    [InlineData("1月至9月完成投资", 9)]
    [InlineData("2023年1月—2月重点项目投资完成情况", 2)]
    [InlineData("一至十月累计", 10)]
    [InlineData("截止10月底累计", 10)]
    [InlineData("2023年9月份重点项目调度表（2023年10月填报）", 9)]
    public void A_header_or_title_names_its_month(string text, int? month) => Assert.Equal(month, MonthText.Find(text));

    [Theory]
    [InlineData("２３０４－３７０２１１－０４－０１－４９８８０６")]
    [InlineData("\u30002304\u2014370211\u2010 04\u201101\u2013498806 ")]
    [InlineData("2304 - 370211 - 04 - 01 - 498806")]
    public void A_code_typed_any_way_is_one_code(string typed) => Assert.Equal("2304-370211-04-01-498806", TextNormalizer.Code(typed));

    [Theory]
    [InlineData(null, 950, 700, 250, null)]
    [InlineData(250, 950, 700, 250, null)]
    [InlineData(30, 799, 700, null, "本月完成投资 30 万元与累计完成投资 799 万元不符（此前各月已报合计 700 万元，本月应为 99 万元）")]
    [InlineData(null, 650, 700, null, "累计完成投资 650 万元小于此前各月已报合计 700 万元")]
    public void The_year_to_date_gives_or_checks_the_month(int? month, int ytd, int before, int? value, string? problem) =>
        Assert.Equal(((decimal?)value, problem), MonthlyFigure.Resolve(month, ytd, before, [], 0.005m));

    [Fact]
    public void A_year_to_date_is_not_split_over_a_missing_month() =>
        Assert.Equal((null, "7月、8月未报送，无法由累计完成投资推算本月完成投资，请填写本月完成投资"), MonthlyFigure.Resolve(null, 950m, 500m, [7, 8], 0.005m));
}
