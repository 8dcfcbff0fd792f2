using Ballast.Web.Features.Programme;

namespace Ballast.Tests.Programme;

public sealed class TargetTextTests
{
    private static Indicator I(decimal? target, TargetComparator c, string? unit, string? text = null, DateOnly? due = null) =>
        new() { Code = "x", Name = "x", Target = target, Comparator = c, Unit = unit, TargetText = text, TargetTextEn = text is null ? null : "Rises", Deadline = due };

    [Theory]
    [InlineData(500, TargetComparator.AtLeast, "个", "≥ 500 个")]
    [InlineData(20, TargetComparator.About, "家", "约 20 家")]
    [InlineData(9300, TargetComparator.Reach, "亿元", "9,300 亿元")]
    [InlineData(10, TargetComparator.AtLeast, "%", "≥ 10%")]
    public void Targets_read_as_the_plan_writes_them(decimal target, TargetComparator c, string unit, string expected) =>
        Assert.Equal(expected, TargetText.Format(I(target, c, unit), english: false));

    [Fact]
    public void Deadline_and_text_targets()
    {
        Assert.Equal("15 个（2023-06-30 前）", TargetText.Format(I(15, TargetComparator.Reach, "个", due: new DateOnly(2023, 6, 30)), false));
        Assert.Equal("15 by 2023-06-30", TargetText.Format(I(15, TargetComparator.Reach, "个", due: new DateOnly(2023, 6, 30)), true));
        Assert.Equal("稳步提高", TargetText.Format(I(null, TargetComparator.Reach, null, "稳步提高"), false));
        Assert.Equal("Rises", TargetText.Format(I(null, TargetComparator.Reach, null, "稳步提高"), true));
        Assert.Equal("≥ 1,700 × 100 million yuan", TargetText.Format(I(1700, TargetComparator.AtLeast, "亿元"), true));
    }
}
