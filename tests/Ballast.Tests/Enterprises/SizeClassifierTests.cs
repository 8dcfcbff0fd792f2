using Ballast.Web.Features.Enterprises;

namespace Ballast.Tests.Enterprises;

/// <summary>The national size table as shipped, at every bound of every row: exactly on a class's bounds is that
/// class, one below on any listed measure drops a class (small drops to micro), and a missing measure decides nothing.</summary>
public sealed class SizeClassifierTests
{
    [Theory]
    [InlineData("39", 1200, 35_000, null, SizeClass.Medium)] // revenue below the large bound
    [InlineData("39", 15, 5_000, null, SizeClass.Micro)]
    [InlineData("65", 120, 800, null, SizeClass.Small)]
    [InlineData("39", 1000, 40_000, null, SizeClass.Large)]
    [InlineData("48", null, 80_000, 80_000, SizeClass.Large)]
    [InlineData("70", null, 150_000, 12_000, SizeClass.Medium)]
    public void The_worked_examples_classify_as_the_standard_says(string division, int? employees, int? revenue, int? assets, SizeClass expected)
    {
        var rule = SizeClassifier.RuleFor(SizeRows.All, division)!;

        Assert.Equal((SizeClass?)expected, SizeClassifier.Classify(rule, employees, revenue, assets));
    }

    public static TheoryData<string, SizeClass, string> Bounds()
    {
        var data = new TheoryData<string, SizeClass, string>();
        foreach (var rule in SizeRows.All)
        {
            foreach (var size in new[] { SizeClass.Large, SizeClass.Medium, SizeClass.Small })
            {
                foreach (var measure in Measures(rule, size).Where(m => m.Value is not null).Select(m => m.Name))
                {
                    data.Add(rule.Code, size, measure);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Bounds))]
    public void On_a_bound_is_the_class_one_above_too_and_one_below_drops_a_class(string code, SizeClass size, string measure)
    {
        var rule = SizeRows.Of(code);
        var at = Measures(rule, size).ToDictionary(m => m.Name, m => m.Value);

        Assert.Equal((SizeClass?)size, Classify(rule, at));
        Assert.Equal((SizeClass?)size, Classify(rule, With(at, measure, +1)));
        Assert.Equal((SizeClass?)(size + 1), Classify(rule, With(at, measure, -1)));
    }

    [Fact]
    public void Every_row_of_the_table_has_its_bounds_generated()
    {
        Assert.Equal(10, SizeRows.All.Count);
        Assert.Equal(SizeRows.All.Sum(r => new[] { SizeClass.Large, SizeClass.Medium, SizeClass.Small }
            .Sum(s => Measures(r, s).Count(m => m.Value is not null))), Bounds().Count);
        Assert.Equal(60, Bounds().Count);
    }

    [Fact]
    public void A_measure_the_row_needs_but_nobody_reported_decides_nothing()
    {
        Assert.Null(SizeClassifier.Classify(SizeRows.Of("industry"), null, 50_000, null));
        Assert.Null(SizeClassifier.Classify(SizeRows.Of("construction"), 5_000, 90_000, null));
        // Assets do not matter to industry: a firm without them is still classified.
        Assert.Equal((SizeClass?)SizeClass.Large, SizeClassifier.Classify(SizeRows.Of("industry"), 5_000, 90_000, null));
    }

    [Theory]
    [InlineData("13", "industry")]
    [InlineData("43", "industry")]
    [InlineData("46", "industry")]
    [InlineData("51", "wholesale")]
    [InlineData("52", "retail")]
    [InlineData("59", "storage")]
    [InlineData("62", "accommodation-catering")]
    [InlineData("65", "software")]
    [InlineData("70", "real-estate")]
    [InlineData(" 65 ", "software")]
    [InlineData("72", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void The_row_is_found_from_the_division(string? division, string? code) =>
        Assert.Equal(code, SizeClassifier.RuleFor(SizeRows.All, division)?.Code);

    [Theory]
    [InlineData("industry", 1999.99, false)]
    [InlineData("industry", 2000, true)]
    [InlineData("retail", 499, false)]
    [InlineData("retail", 500, true)]
    [InlineData("accommodation-catering", 200, true)]
    [InlineData("accommodation-catering", 199, false)]
    public void Above_scale_is_the_rows_revenue_line(string code, double revenue, bool above) =>
        Assert.Equal(above, SizeClassifier.IsAboveScale(SizeRows.Of(code), (decimal)revenue));

    [Fact]
    public void Above_scale_is_unknown_without_a_line_or_a_revenue()
    {
        Assert.Null(SizeClassifier.IsAboveScale(SizeRows.Of("construction"), 1_000_000));
        Assert.Null(SizeClassifier.IsAboveScale(SizeRows.Of("industry"), null));
        Assert.Null(SizeClassifier.IsAboveScale(null, 5_000));
    }

    private static SizeClass? Classify(SizeRule rule, Dictionary<string, decimal?> v) =>
        SizeClassifier.Classify(rule, v["X"] is { } x ? (int)x : null, v["Y"], v["Z"]);

    private static Dictionary<string, decimal?> With(Dictionary<string, decimal?> values, string measure, int delta) =>
        values.ToDictionary(kv => kv.Key, kv => kv.Key == measure ? kv.Value + delta : kv.Value);

    private static (string Name, decimal? Value)[] Measures(SizeRule r, SizeClass size) => size switch
    {
        SizeClass.Large => [("X", r.LargeEmployees), ("Y", r.LargeRevenue), ("Z", r.LargeAssets)],
        SizeClass.Medium => [("X", r.MediumEmployees), ("Y", r.MediumRevenue), ("Z", r.MediumAssets)],
        _ => [("X", r.SmallEmployees), ("Y", r.SmallRevenue), ("Z", r.SmallAssets)],
    };
}
