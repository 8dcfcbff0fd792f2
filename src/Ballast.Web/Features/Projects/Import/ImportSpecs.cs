using Ballast.Web.Common.Excel;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>The columns Ballast reads from project and monthly-figure sheets: the template's own
/// headers first, then the names offices really use.</summary>
public static class ImportSpecs
{
    public static readonly IReadOnlyList<ChoiceOption> Stages =
    [
        new("Lead", "线索", "储备", "项目线索"),
        new("Negotiating", "在谈", "洽谈", "洽谈中", "在谈项目"),
        new("Signed", "签约", "已签约", "签约项目"),
        new("Registered", "注册落地", "注册", "落地", "已落地", "已注册"),
        new("Started", "开工", "在建", "已开工", "续建", "新开工"),
        new("Operating", "投产", "竣工", "已投产", "竣工投产", "达产"),
        new("Paused", "暂缓", "停建", "缓建"),
        new("Dropped", "终止", "取消", "已终止"),
    ];

    private static readonly IReadOnlyList<ChoiceOption> YesNo = [new("true", "是", "Y", "√", "✓", "1"), new("false", "否", "N", "", "0", "×")];

    // Lengths and ranges are left to ProjectInput's annotations, so the import refuses with the
    // page's and the API's words.
    public static readonly IReadOnlyList<ColumnSpec> Projects =
    [
        new("Name", "项目名称", ColumnKind.Text) { Required = true, Synonyms = ["项目", "项目全称", "名称"] },
        new("District", "区市", ColumnKind.Text)
        {
            Required = true,
            Synonyms = ["所属区市", "责任单位", "属地", "区（市）", "区市（功能区）", "所在区市"]
        },
        new("InvestorName", "投资方", ColumnKind.Text) { Synonyms = ["投资主体", "建设单位", "项目单位", "投资企业", "企业名称"] },
        new("InvestorUscc", "统一社会信用代码", ColumnKind.Text)
        {
            Synonyms = ["信用代码", "社会信用代码", "投资方统一社会信用代码"]
        },
        new("TotalInvestment", "总投资", ColumnKind.Amount) { Required = true, Synonyms = ["计划总投资", "项目总投资", "总投资额"] },
        new("PlannedInvestment", "年度计划投资", ColumnKind.Amount)
        {
            Synonyms = ["年度计划", "本年计划投资", "年计划投资", "年度投资计划"]
        },
        new("Chain", "产业链", ColumnKind.Text) { Synonyms = ["所属产业链", "产业链条", "所属产业"] },
        new("Stage", "项目阶段", ColumnKind.Choice) { Choices = Stages, Synonyms = ["阶段", "进展阶段", "项目状态", "建设性质"] },
        new("SignedOn", "签约日期", ColumnKind.Date) { Synonyms = ["签约时间"] },
        new("StartedOn", "开工日期", ColumnKind.Date) { Synonyms = ["开工时间", "实际开工时间", "开工年月"] },
        new("PlannedStartOn", "计划开工日期", ColumnKind.Date) { Synonyms = ["计划开工时间"] },
        new("PlannedCompletionOn", "计划竣工日期", ColumnKind.Date) { Synonyms = ["计划竣工时间", "计划完工日期", "计划完工时间"] },
        LandSpecs.Area, LandSpecs.Parcel, LandSpecs.RightOn, LandSpecs.Standard,
        new("ProjectCode", "项目代码", ColumnKind.Text) { Synonyms = ["投资项目代码", "备案代码", "项目统一代码", "审批代码"] },
        new("ConstructionContent", "建设内容", ColumnKind.Text) { Synonyms = ["建设规模及内容", "主要建设内容", "建设内容及规模"] },
        new("Leader", "包抓领导", ColumnKind.Text) { Synonyms = ["市级包抓领导", "包抓市领导", "市级领导"] },
        new("IsFortune500", "世界500强", ColumnKind.Choice) { Choices = YesNo, Synonyms = ["是否世界500强", "500强"] },
    ];

    public static readonly IReadOnlyList<ColumnSpec> Monthly =
    [
        new("Name", "项目名称", ColumnKind.Text) { Synonyms = ["项目", "项目全称"] },
        new("ProjectCode", "项目代码", ColumnKind.Text) { Synonyms = ["投资项目代码", "备案代码"] },
        // Neither figure is required alone: a sheet gives this month's figure, the year to date, or
        // both (MonthlyImporter decides). Months in headers ("9月完成投资") are read by meaning.
        new("Completed", "本月完成投资", ColumnKind.Amount)
        {
            Synonyms = ["当月完成投资", "本月完成", "当月完成", "本期完成投资", "本月投资"]
        },
        new("YearToDate", "累计完成投资", ColumnKind.Amount)
        {
            Synonyms =
            [
                "累计完成", "累计", "本年累计完成投资", "本年累计完成", "年度累计完成投资",
                "自年初累计完成投资", "年初至今完成投资", "累计投资"
            ],
        },
        // Lengths are left to the dispatch rules, so the import refuses with the form's words.
        new("Progress", "形象进度", ColumnKind.Text) { Synonyms = ["工程形象进度", "项目进展", "进展情况", "形象进度及存在问题"] },
    ];
}
