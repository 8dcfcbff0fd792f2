using System.Globalization;
using MiniExcelLibs;

namespace Ballast.Bench.Measures;

/// <summary>A project sheet in the import template's shape (its own column headers), N new projects spread
/// over the districts and chains that exist, with names unique to the run.</summary>
public static class ImportFile
{
    public static readonly string[] Columns = ["项目名称", "区市", "投资方", "总投资", "年度计划投资", "产业链", "项目阶段", "建设内容"];

    private static readonly string[] Stages = ["线索", "在谈", "签约"];

    public static byte[] Create(int rows, IReadOnlyList<string> districts, IReadOnlyList<string> chains, string tag)
    {
        var sheet = Enumerable.Range(1, rows).Select(i => new Dictionary<string, object>
        {
            [Columns[0]] = string.Create(CultureInfo.InvariantCulture, $"基准导入项目{tag}-{i:000000}"),
            [Columns[1]] = districts[i % districts.Count],
            [Columns[2]] = string.Create(CultureInfo.InvariantCulture, $"基准投资有限公司{i % 997:000}"),
            [Columns[3]] = 1000m + (i % 5000),
            [Columns[4]] = 200m + (i % 1000),
            [Columns[5]] = chains.Count > 0 ? chains[i % chains.Count] : "",
            [Columns[6]] = Stages[i % Stages.Length],
            [Columns[7]] = "厂房、研发中心及配套设施建设",
        });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }
}
