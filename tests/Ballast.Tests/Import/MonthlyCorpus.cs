namespace Ballast.Tests.Import;

/// <summary>Which figure columns a monthly sheet has.</summary>
internal enum Figures
{
    Month,
    Ytd,
    Both,
}

/// <summary>A monthly sheet shape: the period it is imported into, its header rows, how a key
/// project's row is written, and the sheet error it must raise (if any).</summary>
internal sealed record MonthlyShape(string Id, int PeriodMonth, Figures Figures, object?[][] Head, string[] Merges, decimal Unit,
    Func<MonthlyCorpus.KeyRow, object?[]> Row, string? SheetError = null);

/// <summary>Monthly figure sheets as districts send them: month-named columns, year-to-date only,
/// both, two-row headers, 亿元, a wrong month. Every shape carries the same four key projects:
/// K1 matched by code, K2 by name, K3 whose previous month is missing, K4 with a bad figure.</summary>
internal static class MonthlyCorpus
{
    /// <summary>One key project's row: its name, code, this month's figure and year to date (万元).</summary>
    public sealed record KeyRow(int Index, string Name, string Code, decimal Month, decimal Ytd);

    public const decimal PerMonth = 100m;
    public const string Range = "本月完成投资须在 0 到 1,000 亿元之间（以万元填写）";

    private static string Full(string s) => string.Concat(s.Select(c => c is >= '!' and <= '~' ? (char)(c + 0xFEE0) : c));

    private static object?[] NameCodeFigure(KeyRow k, decimal unit, bool byCode, params object?[] figures) =>
        [k.Name, byCode || k.Index == 1 ? k.Code : null, .. figures.Select(f => f is decimal d ? (object)(double)(d / unit) : f)];

    public static readonly MonthlyShape[] Shapes =
    [
        new("template", 9, Figures.Month, [["项目名称", "项目代码", "本月完成投资", "形象进度"]], [], 1m, k => NameCodeFigure(k, 1m, false, k.Month, "主体施工")),
        new("named", 9, Figures.Month, [["2023年9月重点项目投资完成情况"], ["项目名称", "项目代码", "9月完成投资", "形象进度"]], [], 1m,
            k => NameCodeFigure(k, 1m, false, k.Month, "装修")),
        new("fen", 9, Figures.Month, [["项目", "投资项目代码", "9月份完成投资(万元)"]], [], 1m,
            k => [k.Name, k.Index == 1 ? Full(k.Code) : null, Full(k.Month.ToString(System.Globalization.CultureInfo.InvariantCulture))]),
        new("dangyue", 9, Figures.Month, [["序号", "项目名称", "项目代码", "当月完成投资（万元）", "工程形象进度"]], [], 1m,
            k => [$"{k.Index}", .. NameCodeFigure(k, 1m, false, k.Month, "竣工验收")]),
        new("ytd", 9, Figures.Ytd, [["项目名称", "项目代码", "1-9月累计完成投资"]], [], 1m, k => NameCodeFigure(k, 1m, false, k.Ytd)),
        new("ytd-yi", 9, Figures.Ytd, [["填报单位：西海岸新区"], ["项目名称", "项目代码", "1-9月累计(亿元)"]], [], 10_000m, k => NameCodeFigure(k, 10_000m, false, k.Ytd)),
        new("both", 9, Figures.Both, [["项目名称", "项目代码", "9月完成投资", "1—9月完成投资"]], [], 1m, k => NameCodeFigure(k, 1m, false, k.Month, k.Ytd)),
        new("two-row", 9, Figures.Both, [["项目名称", "项目代码", "完成投资", null], [null, null, "9月", "1-9月累计"]], ["C1:D1"], 1m,
            k => NameCodeFigure(k, 1m, false, k.Month, k.Ytd)),
        new("feb", 2, Figures.Ytd, [["项目名称", "项目代码", "1-2月累计完成投资"]], [], 1m, k => NameCodeFigure(k, 1m, false, k.Ytd)),
        new("wrong-month", 9, Figures.Month, [["项目名称", "项目代码", "8月完成投资"]], [], 1m, k => NameCodeFigure(k, 1m, false, k.Month),
            "表格所列月份（8月）与所选调度期（9月）不一致，请核对后重新上传"),
        new("wrong-title", 9, Figures.Month, [["2023年1-8月重点项目投资完成情况"], ["项目名称", "项目代码", "本月完成投资"]], [], 1m,
            k => NameCodeFigure(k, 1m, false, k.Month), "表格所列月份（8月）与所选调度期（9月）不一致，请核对后重新上传"),
    ];

    /// <summary>Months 2 … (period − 1) are counted at <see cref="PerMonth"/> each, except K3's last one.</summary>
    public static decimal Before(int index, int periodMonth) =>
        PerMonth * Math.Max(0, periodMonth - 2 - (index == 3 && periodMonth > 2 ? 1 : 0));

    /// <summary>The row each key project gets in a shape, and what must become of it: a figure or a reason.</summary>
    public static (KeyRow Row, decimal? Stored, string? Reason) Expect(MonthlyShape s, int index, string name, string code)
    {
        var before = Before(index, s.PeriodMonth);
        var missing = index == 3 && s.PeriodMonth > 2;
        return (index, s.Figures) switch
        {
            (4, Figures.Month) => (new(index, name, code, -10m, 0m), null, Range),
            (4, Figures.Ytd) => (new(index, name, code, 0m, before - 50m), null, $"累计完成投资 {before - 50m:0.####} 万元小于此前各月已报合计 {before:0.####} 万元"),
            (4, Figures.Both) => (new(index, name, code, 30m, before + 99m), null,
                $"本月完成投资 30 万元与累计完成投资 {before + 99m:0.####} 万元不符（此前各月已报合计 {before:0.####} 万元，本月应为 99 万元）"),
            (3, Figures.Ytd) when missing => (new(index, name, code, 40m, before + 40m), null, $"{s.PeriodMonth - 1}月未报送，无法由累计完成投资推算本月完成投资，请填写本月完成投资"),
            // K3 with both columns: its earlier months are incomplete, so its own month figure is taken.
            (3, _) => (new(index, name, code, 40m, before + 40m + (missing ? 7m : 0m)), 40m, null),
            _ => (new(index, name, code, index == 1 ? 250m : 0m, before + (index == 1 ? 250m : 0m)), index == 1 ? 250m : 0m, null),
        };
    }
}
