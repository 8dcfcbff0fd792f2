using Ballast.Tests.Excel;

namespace Ballast.Tests.Compendium;

/// <summary>Policy lists in the shapes people keep them, generated from one set of rows: the export's headers,
/// two sets of synonyms, English headers; title rows, columns in another order, an extra column, a blank row,
/// dates as text, as Excel dates, as 2023年5月1日 and 2023.5.1. Each row says what the import must do with it.</summary>
internal static class PolicySheets
{
    /// <summary>A row by column key, and the verdict expected: null reason = imported, else a phrase of the reason.</summary>
    public sealed record Entry(Dictionary<string, object?> Cells, string? Reason);

    public static readonly string[] Keys =
        ["Title", "DocumentNumber", "Issuer", "Level", "Kind", "Area", "EffectiveOn", "ExpiresOn", "Chains", "Divisions", "Summary",
         "ContactUnit", "ContactName", "ContactPhone", "IsPublished", "FullText"];

    private static readonly string[][] Headers =
    [
        ["政策名称", "文号", "发布单位", "政策层级", "政策类型", "适用区市或园区", "生效日期", "失效日期", "所属产业链", "行业大类", "摘要",
         "联系单位", "联系人", "联系电话", "对外公开", "全文"],
        ["政策标题", "发文字号", "发文机关", "级别", "类型", "适用区域", "施行日期", "有效期至", "产业链", "行业", "主要内容",
         "咨询单位", "咨询联系人", "咨询电话", "是否公开", "政策全文"],
        ["Policy title", "Document number", "Issuer", "Level", "Kind", "District or park", "Effective on", "Expires on", "Chain",
         "Industry division", "Summary", "Contact unit", "Contact", "Phone", "Published", "Full text"],
        ["名称", "文件编号", "制定机关", "层级", "政策类型", "适用区市", "实施日期", "失效时间", "所属产业链", "行业代码", "政策摘要",
         "受理单位", "联系人", "联系方式", "公开", "正文"],
    ];

    public static int Shapes => Headers.Length;

    /// <summary>The rows of one test: good ones of each level, then one bad row of each class.</summary>
    public static List<Entry> Entries(string tag, int n)
    {
        Entry E(string? reason, params (string Key, object? Value)[] cells)
        {
            var row = Good(tag, n++);
            foreach (var (key, value) in cells)
            {
                row[key] = value;
            }
            return new Entry(row, reason);
        }
        return
        [
            E(null),
            E(null, ("Level", "区级"), ("Area", "西海岸新区"), ("Kind", "精准"), ("Chains", "集成电路产业链")),
            E(null, ("Level", null), ("Area", "青岛集成电路产业园"), ("Divisions", null)),
            E("请填写政策名称", ("Title", null)),
            E("「政策层级」取值无法识别", ("Level", "省级")),
            E("市级政策适用全市", ("Area", "崂山区")),
            E("「适用区市或园区」未找到", ("Level", "区级"), ("Area", "火星区")),
            E("「产业链」未找到", ("Chains", "集成电路、量子计算")),
            E("「生效日期」", ("EffectiveOn", "2023年13月1日")),
            E("失效日期不能早于生效日期", ("ExpiresOn", "2022-12-31")),
            E("不是国民经济行业分类", ("Divisions", "39、99")),
            E("不像电话号码", ("ContactPhone", "请致电")),
            E("园区政策请选择适用的园区", ("Level", "园区"), ("Area", "即墨区")),
        ];
    }

    /// <summary>A city policy that passes every check; n keeps numbers and titles apart.</summary>
    public static Dictionary<string, object?> Good(string tag, int n) => new()
    {
        ["Title"] = $"{tag}产业扶持政策{n}", ["DocumentNumber"] = $"青政发[2023]{n}号", ["Issuer"] = $"青岛市人民政府{tag}", ["Level"] = "市级",
        ["Kind"] = "普惠", ["Area"] = null, ["EffectiveOn"] = "2023-05-01", ["ExpiresOn"] = "2025-12-31", ["Chains"] = "集成电路、新型显示",
        ["Divisions"] = "39,38", ["Summary"] = $"对{tag}企业给予补贴。\n第二段说明。", ["ContactUnit"] = "市工业和信息化局", ["ContactName"] = "王科长",
        ["ContactPhone"] = "0532-85911234", ["IsPublished"] = "是", ["FullText"] = null,
    };

    /// <summary>The rows as shape <paramref name="shape"/> writes them; the expected rows are in order, each on the sheet row returned.</summary>
    public static (MemoryStream Sheet, List<int> RowNumbers) Build(IReadOnlyList<Entry> entries, int shape)
    {
        var headers = Headers[shape % Headers.Length];
        // Columns rotated by shape, and an extra column the import does not know.
        var order = Enumerable.Range(0, Keys.Length).Select(i => (i + (shape * 5)) % Keys.Length).ToArray();
        var rows = new List<object?[]>();
        for (var i = 0; i < shape % 3; i++)
        {
            rows.Add([i == 0 ? "2023年青岛市产业政策汇编" : "（按发文时间排列）"]);
        }
        rows.Add([.. order.Select(i => (object?)headers[i]), shape > 0 ? "备用" : null]);
        var numbers = new List<int>();
        foreach (var (e, i) in entries.Select((e, i) => (e, i)))
        {
            if (shape > 0 && i == 2)
            {
                rows.Add([]); // a blank row is skipped
            }
            rows.Add([.. order.Select(k => Cell(Keys[k], e.Cells[Keys[k]], shape, i)), "x"]);
            numbers.Add(rows.Count);
        }
        return (Xlsx.Build(rows, []), numbers);
    }

    /// <summary>Dates in the form the shape uses; levels and kinds in English for the English sheet.</summary>
    private static object? Cell(string key, object? value, int shape, int row) => (key, value) switch
    {
        ("EffectiveOn" or "ExpiresOn", string d) when DateOnly.TryParse(d, out var day) => ((shape + row) % 4) switch
        {
            1 => day.ToDateTime(TimeOnly.MinValue),
            2 => $"{day.Year}年{day.Month}月{day.Day}日",
            3 => $"{day.Year}.{day.Month}.{day.Day}",
            _ => d,
        },
        ("Level" or "Kind" or "IsPublished", string s) when shape == 2 => English.GetValueOrDefault(s, s),
        _ => value,
    };

    private static readonly Dictionary<string, string> English = new(StringComparer.Ordinal)
    {
        ["市级"] = "City", ["区级"] = "District level", ["园区"] = "Park", ["普惠"] = "General", ["精准"] = "Targeted", ["是"] = "Yes",
    };
}
