namespace Ballast.Web.Features.Enterprises;

/// <summary>What a year's figures must say beyond their ranges. Pure.</summary>
public static class EnterpriseYearRules
{
    public static List<(string Field, string Message)> Check(EnterpriseYearInput input, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<(string, string)>();
        if (input.Year > today.Year)
        {
            errors.Add((nameof(input.Year), "不能填报未来年度的数据"));
        }
        if (input.ValueAdded is { } va && input.Output is { } output && va > output)
        {
            errors.Add((nameof(input.ValueAdded), "增加值不能大于产值"));
        }
        return errors;
    }
}
