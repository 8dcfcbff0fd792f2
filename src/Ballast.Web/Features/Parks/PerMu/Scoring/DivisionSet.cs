namespace Ballast.Web.Features.Parks;

/// <summary>A set of GB/T 4754 divisions written as codes and ranges, e.g. "13-43" or "44,45,46"; empty matches nothing.</summary>
public sealed class DivisionSet
{
    private readonly List<(int From, int To)> _ranges = [];

    public static DivisionSet Parse(string? text)
    {
        var set = new DivisionSet();
        foreach (var part in Parts(text))
        {
            if (TryRange(part) is { } r)
            {
                set._ranges.Add(r);
            }
        }
        return set;
    }

    public bool IsEmpty => _ranges.Count == 0;

    public bool Contains(string? division) =>
        division is { Length: 2 } && int.TryParse(division, out var d) && _ranges.Any(r => d >= r.From && d <= r.To);

    /// <summary>The parts that are not a two-digit code or range of them, for the scheme's refusal.</summary>
    public static IEnumerable<string> Invalid(string? text) => Parts(text).Where(p => TryRange(p) is null);

    private static string[] Parts(string? text) =>
        (text ?? "").Split([',', '，', '、', ';', '；', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static (int From, int To)? TryRange(string part)
    {
        var ends = part.Split(['-', '－', '~', '—'], StringSplitOptions.TrimEntries);
        if (ends.Length is < 1 or > 2 || ends.Any(e => e.Length != 2 || !e.All(char.IsAsciiDigit)))
        {
            return null;
        }
        var from = int.Parse(ends[0], System.Globalization.CultureInfo.InvariantCulture);
        var to = int.Parse(ends[^1], System.Globalization.CultureInfo.InvariantCulture);
        return from <= to ? (from, to) : null;
    }
}
