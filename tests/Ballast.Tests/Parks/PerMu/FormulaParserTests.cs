using System.Globalization;
using Ballast.Web.Features.Parks;

namespace Ballast.Tests.Parks.PerMu;

/// <summary>The formula language: generated expressions evaluate as written, unknown names and syntax errors are
/// refused at their position, a figure not reported or a division by zero gives no value (never zero).</summary>
public sealed class FormulaParserTests
{
    private static readonly Dictionary<string, decimal?> Figures = new()
    {
        ["TaxPaid"] = 120m, ["Revenue"] = 4_000m, ["LandMu"] = 8m, ["EnergyTce"] = 50m, ["Employees"] = 40m, ["ValueAdded"] = 900m,
        ["EmissionsT"] = null, ["RdSpending"] = 0m,
    };

    [Theory]
    [InlineData("TaxPaid / LandMu", 15)]
    [InlineData("TaxPaid/LandMu*2", 30)]
    [InlineData("(TaxPaid + ValueAdded) / (LandMu + 2)", 102)]
    [InlineData("RdSpending / Revenue * 100", 0)]
    [InlineData("Revenue − TaxPaid × 2 ÷ 4", 3_940)]
    [InlineData("-TaxPaid + 200", 80)]
    [InlineData("2 - -3", 5)]
    [InlineData("（TaxPaid＋ValueAdded）／LandMu", 127.5)]
    [InlineData("0.5 * Employees", 20)]
    public void Evaluates_as_written(string text, double expected)
    {
        var parse = FormulaParser.Parse(text);
        Assert.True(parse.Ok, parse.Error);
        Assert.Equal((decimal)expected, parse.Formula!.Evaluate(Figures).Value);
    }

    [Fact]
    public void Generated_expressions_keep_precedence_and_associativity()
    {
        var rng = new Random(42);
        string[] names = ["TaxPaid", "Revenue", "LandMu", "EnergyTce", "Employees", "ValueAdded"];
        for (var n = 0; n < 300; n++)
        {
            // a op b op c op d, evaluated here left to right with × ÷ first.
            var terms = Enumerable.Range(0, 4).Select(_ => rng.Next(2) == 0 ? names[rng.Next(names.Length)] : rng.Next(1, 50).ToString(CultureInfo.InvariantCulture)).ToList();
            var ops = Enumerable.Range(0, 3).Select(_ => "+-*/"[rng.Next(4)]).ToList();
            var text = terms[0] + string.Concat(ops.Select((o, i) => $" {o} {terms[i + 1]}"));
            var values = terms.Select(t => Figures.TryGetValue(t, out var v) ? v!.Value : decimal.Parse(t, CultureInfo.InvariantCulture)).ToList();
            var sums = new List<decimal> { values[0] };
            var signs = new List<char>();
            for (var i = 0; i < 3; i++)
            {
                if (ops[i] is '*' or '/')
                {
                    sums[^1] = ops[i] == '*' ? sums[^1] * values[i + 1] : sums[^1] / values[i + 1];
                }
                else
                {
                    signs.Add(ops[i]);
                    sums.Add(values[i + 1]);
                }
            }
            var expected = sums[0];
            for (var i = 0; i < signs.Count; i++)
            {
                expected = signs[i] == '+' ? expected + sums[i + 1] : expected - sums[i + 1];
            }
            Assert.Equal(expected, FormulaParser.Parse(text).Formula!.Evaluate(Figures).Value);
        }
    }

    [Theory]
    [InlineData("TaxPaid / Land", 11, "未知的数据项", "Land")]
    [InlineData("TaxPaid / ", 11, "公式不完整", null)]
    [InlineData("(TaxPaid / LandMu", 18, "缺少右括号", null)]
    [InlineData("TaxPaid LandMu", 9, "多余的字符", "L")]
    [InlineData("TaxPaid ^ 2", 9, "多余的字符", "^")]
    [InlineData("1.2.3 + TaxPaid", 1, "数字格式不正确", "1.2.3")]
    [InlineData("System.IO", 1, "未知的数据项", "System")]
    [InlineData("", 1, "公式为空", null)]
    [InlineData("* TaxPaid", 1, "此处应为数字、数据项或括号", "*")]
    public void Refuses_with_the_position(string text, int position, string error, string? detail)
    {
        var parse = FormulaParser.Parse(text);
        Assert.False(parse.Ok);
        Assert.Equal((position, error, detail), (parse.Position, parse.Error!, parse.Detail));
    }

    [Fact]
    public void A_figure_not_reported_or_a_zero_divisor_gives_no_value()
    {
        var missing = FormulaParser.Parse("Revenue / EmissionsT + TaxPaid / Output").Formula!.Evaluate(Figures);
        Assert.Null(missing.Value);
        Assert.Equal(["EmissionsT", "Output"], missing.Missing);
        var zero = FormulaParser.Parse("Revenue / RdSpending").Formula!.Evaluate(Figures);
        Assert.Null(zero.Value);
        Assert.True(zero.DivisionByZero);
        Assert.Equal(0m, FormulaParser.Parse("RdSpending / Revenue").Formula!.Evaluate(Figures).Value);
    }
}
