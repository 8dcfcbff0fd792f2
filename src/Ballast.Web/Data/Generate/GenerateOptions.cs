using System.Globalization;
using Ballast.Web.Common;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Validation;

namespace Ballast.Web.Data.Generate;

/// <summary><c>generate --scale tiny|city|province [--seed 42] [--years 2021-2023] [--append]</c>. The years
/// default to the scale's number of years ending with the programme's default year.</summary>
public sealed record GenerateOptions(GeneratorScale Scale, int Seed, int FirstYear, int LastYear, bool Append)
{
    public const int DefaultSeed = 42;
    /// <summary>Projects are recorded up to two years before the first year; earlier dates mean nothing to the programme.</summary>
    public const int EarliestYear = 2000;

    public static (GenerateOptions? Options, string? Error) Parse(string[] args)
    {
        var o = CommandLine.Options(args);
        if (GeneratorScale.Find(o.GetValueOrDefault("scale")) is not { } scale)
        {
            return (null, "generate needs --scale " + string.Join("|", GeneratorScale.All.Select(s => s.Name)));
        }
        var seed = DefaultSeed;
        if (o.TryGetValue("seed", out var seedText) && !int.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            return (null, $"--seed must be a whole number, not '{seedText}'");
        }
        var (first, last) = (ProgrammeYear.Default - scale.Years + 1, ProgrammeYear.Default);
        if (o.TryGetValue("years", out var years))
        {
            if (Years(years) is not { } range)
            {
                return (null, $"--years must be a year or a range of at most ten years such as 2021-2023 (from {EarliestYear}), not '{years}'");
            }
            (first, last) = range;
        }
        return (new GenerateOptions(scale, seed, first, last, o.ContainsKey("append")), null);
    }

    private static (int First, int Last)? Years(string text)
    {
        var parts = text.Split('-');
        var ok = parts.Length is 1 or 2 && parts.All(p => int.TryParse(p, NumberStyles.None, CultureInfo.InvariantCulture, out _));
        if (!ok)
        {
            return null;
        }
        var first = int.Parse(parts[0], CultureInfo.InvariantCulture);
        var last = int.Parse(parts[^1], CultureInfo.InvariantCulture);
        return first >= EarliestYear && last >= first && last - first < 10 && last <= Plausible.LastYear ? (first, last) : null;
    }
}
