using Ballast.Web.Common.Excel;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The columns read from the sheets departments publish: the platform's own header first, then
/// the names lists really use. Keys are the input's property names, so the row binds onto it.</summary>
public static class EnterpriseImportSpecs
{
    private static readonly ColumnSpec Name = new("Name", "企业名称", ColumnKind.Text)
    {
        Required = true, Synonyms = ["企业", "公司名称", "单位名称", "企业（单位）名称", "名称", "申报单位", "申报企业", "企业全称"],
    };

    private static readonly ColumnSpec Uscc = new("Uscc", "统一社会信用代码", ColumnKind.Text)
    {
        Synonyms = ["信用代码", "社会信用代码", "统一代码", "统一信用代码", "企业统一社会信用代码", "纳税人识别号", "组织机构代码"],
    };

    private static readonly ColumnSpec District = new("District", "所在区市", ColumnKind.Text)
    {
        Synonyms = ["区市", "所属区市", "区（市）", "所在区（市）", "属地", "所在地区", "地区", "区域", "所在区", "所属区域", "区市（功能区）"],
    };

    public static readonly IReadOnlyList<ColumnSpec> Firms =
    [
        Name, Uscc, District,
        new("UsccNote", "代码保留说明", ColumnKind.Text) { Synonyms = ["保留说明"] },
        new("Country", "国别（地区）", ColumnKind.Text) { Synonyms = ["国别", "国家（地区）", "国家或地区"] },
        new("FormerNames", "曾用名", ColumnKind.Text) { Synonyms = ["原名称", "曾用名称"] },
        new("Address", "地址", ColumnKind.Text) { Synonyms = ["注册地址", "企业地址", "经营地址", "住所"] },
        new("IndustryDivisionCode", "行业大类代码", ColumnKind.Text) { Synonyms = ["行业代码", "国民经济行业代码", "行业大类", "所属行业代码"] },
        new("Chain", "产业链", ColumnKind.Text) { Synonyms = ["所属产业链", "产业链条"] },
        new("RegisteredCapital", "注册资本", ColumnKind.Amount) { Synonyms = ["注册资金", "注册资本（万元）"] },
        new("FoundedOn", "成立日期", ColumnKind.Date) { Synonyms = ["成立时间", "注册日期", "成立年月"] },
        LandSpecs.Area, LandSpecs.Parcel, LandSpecs.RightOn, LandSpecs.Standard,
        new("ContactName", "联系人", ColumnKind.Text) { Synonyms = ["企业联系人"] },
        new("ContactPhone", "联系电话", ColumnKind.Text) { Synonyms = ["电话", "联系方式"] },
    ];

    public static readonly IReadOnlyList<ColumnSpec> Designations =
    [
        Name, Uscc, District,
        new("Year", "认定年度", ColumnKind.Text) { Synonyms =
            [
                "年度", "认定年份", "入选年度", "入选年份", "批次", "认定批次", "入选批次", "公布批次", "公示批次", "年度批次", "公布年度", "公示年度",
                "认定时间", "入选时间", "认定日期", "年份",
            ], },
        new("Kind", "认定类别", ColumnKind.Text) { Synonyms = ["类别", "认定类型", "称号"] },
        new("Level", "级别", ColumnKind.Text) { Synonyms = ["认定级别", "层级"] },
        new("SourceDocument", "认定文件", ColumnKind.Text) { Synonyms = ["文号", "认定文号", "发文文号", "依据文件"] },
    ];

    public static readonly IReadOnlyList<ColumnSpec> Years =
    [
        Name, Uscc,
        new("Year", "年度", ColumnKind.Text) { Synonyms = ["统计年度", "年份", "数据年度"] },
        new("Revenue", "营业收入", ColumnKind.Amount) { Synonyms = ["主营业务收入", "营收", "销售收入"] },
        new("Output", "产值", ColumnKind.Amount) { Synonyms = ["工业总产值", "总产值"] },
        new("ValueAdded", "增加值", ColumnKind.Amount) { Synonyms = ["工业增加值"] },
        new("TaxPaid", "纳税", ColumnKind.Amount) { Synonyms = ["税收", "实缴税金", "纳税额", "税收收入", "实缴税收"] },
        new("RdSpending", "研发投入", ColumnKind.Amount) { Synonyms = ["研发经费", "研发费用", "R&D经费"] },
        new("Employees", "从业人员", ColumnKind.Integer) { Synonyms = ["从业人数", "职工人数", "员工人数", "从业人员数"] },
        new("TotalAssets", "资产总额", ColumnKind.Amount) { Synonyms = ["总资产"] },
        new("EnergyTce", "综合能耗", ColumnKind.Decimal) { Synonyms = ["能耗", "能源消费量", "综合能耗（吨标准煤）"] },
        new("LandMu", "用地面积", ColumnKind.Decimal) { Synonyms = ["用地（亩）", "占地面积", "用地"] },
        new("FloorAreaM2", "建筑面积", ColumnKind.Decimal) { Synonyms = ["建筑面积（平方米）"] },
        new("EmissionsT", "主要污染物排放", ColumnKind.Decimal) { Synonyms = ["排放量", "污染物排放量"] },
        new("Source", "数据来源", ColumnKind.Text) { Synonyms = ["来源"] },
    ];

    /// <summary>Retired districts and the district that took them over (GB/T 2260 changes of 2012 and 2017).</summary>
    public static readonly IReadOnlyDictionary<string, string> Successors = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["胶南市"] = "黄岛区", ["胶南"] = "黄岛区", ["四方区"] = "市北区", ["四方"] = "市北区", ["即墨市"] = "即墨区",
    };

    /// <summary>What a kind's name may carry in a sheet and not in the reference data (quotes, 企业).</summary>
    public const string KindNoise = "“”\"'‘’企业";
}
