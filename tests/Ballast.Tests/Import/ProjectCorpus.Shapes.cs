using System.Globalization;

namespace Ballast.Tests.Import;

internal static partial class ProjectCorpus
{
    private static readonly object?[] Blank = [null, null, null];

    private static readonly Dictionary<string, Func<string, int, ProjectSheet>> Builders = new()
    {
        // The platform's own template: 万元 numbers, ISO dates, plan pending as 待下达.
        ["template"] = (tag, seed) => Lay("template", true,
            [["项目名称*", "区市*", "总投资（万元）*", "年度计划投资（万元）", "项目代码", "签约日期", "开工日期"]], [], Values(tag, seed),
            (v, i) => [v.Name, District(v, 0), (double)v.TotalWan, v.PlanWan is { } p ? (double)p : "待下达", v.Code, v.Signed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.Started?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]),
        // Title, unit note, two-row merged header; 亿元 numbers; Chinese dates; pending as —.
        ["office"] = (tag, seed) => Lay("office", true,
            [["2023年青岛市重点项目推进情况表", null, null, null, null, null, null], [null, null, null, null, null, "单位：亿元", null],
             ["项目名称", "所在区市", "投资情况", null, "项目代码", "签约时间", "开工时间"], [null, null, "总投资", "年度计划", null, null, null]],
            ["C3:D3"], Values(tag, seed),
            (v, i) => [v.Name, District(v, 1), Yi(v.TotalWan), v.PlanWan is { } p ? Yi(p) : "—", v.Code, v.Signed is { } s ? $"{s.Year}年{s.Month}月{s.Day}日" : null,
                v.Started is { } st ? $"{st.Year}年{st.Month}月{st.Day}日" : null]),
        // Units in headers, "1.2亿" in the cells; Excel serial dates; pending as 计划待下达.
        ["units"] = (tag, seed) => Lay("units", true,
            [["项目名称", "区（市）", "总投资(亿元)", "年度计划投资/万元", "投资项目代码", "签约日期", "开工日期"]], [], Values(tag, seed),
            (v, i) => [v.Name, District(v, 2), $"{Yi(v.TotalWan)}亿", v.PlanWan is { } p ? $"{p}万" : "计划待下达", v.Code,
                v.Signed?.ToDateTime(TimeOnly.MinValue).ToOADate(), v.Started?.ToDateTime(TimeOnly.MinValue).ToOADate()]),
        // Full-width digits, codes with full-width hyphens and ideographic spaces; pending as /.
        ["fullwidth"] = (tag, seed) => Lay("fullwidth", true,
            [["项目名称", "区市", "总投资（万元）", "年度计划投资（万元）", "项目代码", "签约日期", "开工日期"]], [], Values(tag, seed),
            (v, i) => [v.Name, District(v, 3), Full(v.TotalWan.ToString(CultureInfo.InvariantCulture)), v.PlanWan is { } p ? Full($"{p}") : "/",
                v.Code is { } c ? "\u3000" + Full(c).Replace("－", i % 2 == 0 ? "－" : "\u2014", StringComparison.Ordinal) : null,
                v.Signed is { } s ? Full($"{s.Year}.{s.Month}.{s.Day}") : null, v.Started is { } st ? Full($"{st.Year}.{st.Month}.{st.Day}") : null]),
        // Sections, subtotals and totals, blank separator rows; pending as an empty plan cell; 2023.3.1 dates.
        ["totals"] = (tag, seed) => Lay("totals", true,
            [["序号", "项目名称", "区市", "总投资（万元）", "年度计划投资（万元）", "项目代码", "签约日期", "开工日期"], ["一、先进制造业", null, null, null, null, null, null, null]],
            [], Values(tag, seed),
            (v, i) => [$"{i + 1}", v.Name, District(v, 4), (double)v.TotalWan, v.PlanWan is { } p ? (double)p : null, v.Code,
                v.Signed is { } s ? $"{s.Year}.{s.Month}.{s.Day}" : null, v.Started is { } st ? $"{st.Year}.{st.Month}.{st.Day}" : null],
            i => i == 2 ? [.. Blank] : null,
            [["小计", null, null, "137000", null, null, null, null], [null, null, null, null, null, null, null, null], ["合计", null, null, "137000", null, null, null, null]]),
        // Columns in another order, synonyms, unknown columns; code dashes as ‐ and –; pending as 待定.
        ["reordered"] = (tag, seed) => Lay("reordered", true,
            [["备注", "开工时间", "备案代码", "计划总投资（万元）", "所属区市", "联系电话", "项目全称", "本年计划投资（万元）", "签约时间"]], [], Values(tag, seed),
            (v, i) => ["无", v.Started?.ToString("yyyy/M/d", CultureInfo.InvariantCulture), v.Code?.Replace("-", i % 2 == 0 ? "\u2010" : "\u2013", StringComparison.Ordinal), (double)v.TotalWan,
                District(v, 0), "0532-12345678", v.Name, v.PlanWan is { } p ? (double)p : "待定", v.Signed?.ToString("yyyy/M/d", CultureInfo.InvariantCulture)]),
        // No plan column: a project sheet, not a key-project list.
        ["noplan"] = (tag, seed) => Lay("noplan", false,
            [["项目名称", "区市", "总投资（万元）", "项目代码", "签约日期", "开工日期"]], [], Values(tag, seed),
            (v, i) => [v.Name, District(v, 1), (double)v.TotalWan, v.Code, v.Signed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), v.Started?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)]),
    };
}
