using System.Globalization;
using Ballast.Tests.Excel;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Enterprises;

/// <summary>专精特新-style lists in the shapes departments publish, generated from one set of rows: header synonyms,
/// column orders, title rows, notes below, full-width digits, merged header cells, a batch column instead of a year.
/// Each row says what the import must do with it.</summary>
internal static class DesignationSheets
{
    /// <summary>A row of the list and the verdict expected: null reason = imported, else a phrase of the reason.</summary>
    public sealed record Entry(string Name, string? Code, string? District, string? Reason, bool FullWidth = false);

    /// <summary>The registry the lists are matched against; N keeps codes apart between tests.</summary>
    public sealed record Registry(string A, string B, string C, string D, string Twin1, string Twin2, int N);

    public static Registry NewRegistry(int n) =>
        new(Uscc("370211", n), Uscc("370215", n + 1), Uscc("370212", n + 2), Uscc("370203", n + 3), Uscc("370281", n + 4), Uscc("370283", n + 5), n);

    public static List<Entry> Entries(Registry r, string tag)
    {
        var n = r.N;
        return
        [
            new($"青岛甲{tag}科技有限公司", r.A, "西海岸新区", null),
            new($"青岛乙{tag}精密有限公司", r.B, "即墨区", null, FullWidth: true),
            new($"青岛丙{tag}材料有限公司", null, "崂山区", null),
            new($"青岛丁{tag}旧名有限公司", null, "市北区", null),
            new($"青岛新一{tag}电子有限公司", Uscc("370215", n + 10), "青岛市即墨区", null),
            new($"青岛新二{tag}装备有限公司", Uscc("370211", n + 11), "黄岛区", null),
            new($"青岛新三{tag}汽车零部件有限公司", Uscc("370211", n + 12), "胶南市", null),
            new($"青岛坏码{tag}有限公司", UsccWithBadCheck("370211", n + 13), "西海岸新区", "校验位"),
            new($"青岛格式{tag}有限公司", "91370211ABC", "西海岸新区", "统一社会信用代码应为18位"),
            new($"青岛甲{tag}科技有限公司", r.A, "西海岸新区", "与第"),
            new($"青岛同名{tag}有限公司", null, "胶州市", "对应多家企业"),
            new($"青岛无名{tag}有限公司", null, "平度市", "未填统一社会信用代码"),
            new($"青岛无区{tag}有限公司", Uscc("370285", n + 14), null, "所在区市"),
        ];
    }

    /// <summary>The sheet in shape <paramref name="shape"/> (0–7), with the year written as that shape writes it.</summary>
    public static MemoryStream Build(IReadOnlyList<Entry> entries, int shape, int year = 2023)
    {
        var headers = new[]
        {
            new[] { "序号", "企业名称", "统一社会信用代码", "所在区市", "认定年度" },
            ["序号", "企业", "信用代码", "区市", "年度"],
            ["序号", "公司名称", "社会信用代码", "所属区市", "批次"],
            ["序号", "单位名称", "统一代码", "区（市）", "认定年份"],
        }[shape % 4];
        // Column order: the 序号 first, the rest rotated by shape.
        var order = new[] { 0 }.Concat(Enumerable.Range(0, 4).Select(i => 1 + ((i + shape) % 4))).ToArray();
        var rows = new List<object?[]>();
        var merges = new List<string>();
        if (shape % 2 == 1)
        {
            rows.Add([$"{year}年度青岛市省级专精特新中小企业名单", null, null, null, null]);
            merges.Add("A1:E1");
        }
        if (shape >= 4)
        {
            rows.Add(["（排名不分先后）", null, null, null, null]);
        }
        rows.Add([.. order.Select(i => headers[i])]);
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var code = e.Code is { } c && (e.FullWidth || shape == 6) ? Full(c) : e.Code;
            var yearText = headers[4] == "批次" ? $"{year}年第{1 + (i % 3)}批" : shape == 5 ? Full($"{year}年") : year.ToString(CultureInfo.InvariantCulture);
            object?[] cells = [(double)(i + 1), e.Name, code, e.District, yearText];
            rows.Add([.. order.Select(k => cells[k])]);
        }
        rows.Add(["注：名单按申报顺序排列。", null, null, null, null]);
        if (shape % 3 == 0)
        {
            rows.Add(["备注：统一社会信用代码缺失的以企业名称为准。", null, null, null, null]);
        }
        return Xlsx.Build(rows, merges);
    }

    public static string Full(string s) => new([.. s.Select(ch => ch is >= '!' and <= '~' ? (char)(ch + 0xFEE0) : ch)]);
}
