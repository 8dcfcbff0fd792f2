namespace Ballast.Web.Features.Enterprises;

/// <summary>The shape of a row of the size table: a measure is used by all three classes or by none (the
/// classifier drops a firm class by class), and the lower bounds fall from large to medium to small.</summary>
public static class SizeRuleRules
{
    public static List<(string Field, string Message)> Check(SizeRuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<(string, string)>();
        Measure(errors, "Employees", input.LargeEmployees, input.MediumEmployees, input.SmallEmployees);
        Measure(errors, "Revenue", input.LargeRevenue, input.MediumRevenue, input.SmallRevenue);
        Measure(errors, "Assets", input.LargeAssets, input.MediumAssets, input.SmallAssets);
        if (input is { LargeEmployees: null, LargeRevenue: null, LargeAssets: null })
        {
            errors.Add(("LargeEmployees", "至少须有一项划分指标"));
        }
        return errors;
    }

    private static void Measure(List<(string, string)> errors, string measure, decimal? large, decimal? medium, decimal? small)
    {
        if (large is null && medium is null && small is null)
        {
            return;
        }
        if (large is null || medium is null || small is null)
        {
            var missing = large is null ? "Large" : medium is null ? "Medium" : "Small";
            errors.Add((missing + measure, "同一指标须大、中、小型都填，不用的指标三项都留空"));
        }
        else if (medium > large)
        {
            errors.Add(("Medium" + measure, "中型的下限不能高于大型"));
        }
        else if (small > medium)
        {
            errors.Add(("Small" + measure, "小型的下限不能高于中型"));
        }
    }
}
