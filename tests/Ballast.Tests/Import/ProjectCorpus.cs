using System.Globalization;

namespace Ballast.Tests.Import;

/// <summary>One project as a sheet row carries it, and what the import must make of it.</summary>
internal sealed record ProjectValues(string Name, string District, decimal TotalWan, decimal? PlanWan, string? Code, DateOnly? Signed, DateOnly? Started, string? Reason);

/// <summary>A generated sheet, the rows it must store and the rows it must refuse (Excel row → reason).</summary>
internal sealed record ProjectSheet(string Shape, object?[][] Rows, string[] Merges, bool KeySheet, List<ProjectValues> Stored, List<string> Rejected);

/// <summary>Project sheets in the shapes offices keep, each filled with the same kinds of values
/// written the way that shape writes them: shapes × values, never one hand-made example.</summary>
internal static partial class ProjectCorpus
{
    public const string NegativeTotal = "总投资须在 0 到 10,000 亿元之间（以万元填写）";
    public const string BadCode = "项目代码格式应为 2104-370200-04-01-498806";

    /// <summary>Ways people write each district.</summary>
    private static readonly Dictionary<string, string[]> Districts = new()
    {
        ["370211"] = ["西海岸新区", "黄岛区", "西海岸", "青岛西海岸新区", "黄岛"],
        ["370215"] = ["即墨区", "即墨", "青岛市即墨区", "即\u3000墨", "即墨区"],
        ["370214"] = ["城阳区", "城阳", "青岛市城阳区", "城 阳 区", "城阳"],
        ["370212"] = ["崂山区", "崂山", "青岛市崂山区", "崂山区", "崂山"],
    };

    /// <summary>Two good rows (one with its plan pending) and two bad ones, per sheet.</summary>
    public static List<ProjectValues> Values(string tag, int seed) =>
    [
        new($"（{tag}）海洋装备基地", "370211", 125_000m, 30_000m, $"2304-370211-04-01-{seed:D4}01", new(2022, 5, 1), new(2022, 8, 1), null),
        new($"（{tag}）食品加工项目", "370215", 12_000m, null, $"2304-370215-04-01-{seed:D4}02", new(2023, 3, 15), null, null),
        new($"（{tag}）负投资项目", "370214", -5m, 100m, null, null, null, NegativeTotal),
        new($"（{tag}）错误代码项目", "370212", 800m, 100m, "2304-370212-04", null, null, BadCode),
    ];

    public static IEnumerable<string> Shapes => Builders.Keys;

    public static ProjectSheet Build(string shape, int seed) => Builders[shape]($"测{shape}", seed);

    private static string Yi(decimal wan) => (wan / 10_000m).ToString(CultureInfo.InvariantCulture);

    private static string Full(string s) => string.Concat(s.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));

    private static string District(ProjectValues v, int form) => Districts[v.District][form];

    /// <summary>Lays out header rows, then one row per value (with optional separators), recording where each lands.</summary>
    private static ProjectSheet Lay(string shape, bool key, object?[][] head, string[] merges, List<ProjectValues> values,
        Func<ProjectValues, int, object?[]> row, Func<int, object?[]?>? before = null, object?[][]? tail = null)
    {
        var rows = head.ToList();
        var rejected = new List<string>();
        for (var i = 0; i < values.Count; i++)
        {
            if (before?.Invoke(i) is { } extra)
            {
                rows.Add(extra);
            }
            rows.Add(row(values[i], i));
            if (values[i].Reason is { } reason)
            {
                rejected.Add($"{rows.Count}: {reason}");
            }
        }
        rows.AddRange(tail ?? []);
        return new ProjectSheet(shape, [.. rows], merges, key, [.. values.Where(v => v.Reason is null)], rejected);
    }
}
