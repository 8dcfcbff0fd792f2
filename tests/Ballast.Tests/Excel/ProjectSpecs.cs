using Ballast.Web.Common.Excel;

namespace Ballast.Tests.Excel;

/// <summary>A key-project sheet as the tests read it (the real mapping lives in Features/Projects).</summary>
internal static class ProjectSpecs
{
    public static readonly ColumnSpec Name = new("Name", "项目名称", ColumnKind.Text)
    {
        Required = true, MaxLength = 50, Synonyms = ["项目", "项目全称"],
    };

    public static readonly ColumnSpec Region = new("Region", "所属区市", ColumnKind.Text) { Synonyms = ["区市", "区(市)"] };

    public static readonly ColumnSpec Stage = new("Stage", "项目阶段", ColumnKind.Choice)
    {
        Synonyms = ["阶段"],
        Choices = [new("Signed", "签约", "已签约"), new("Started", "开工", "已开工", "在建"), new("Producing", "投产", "已投产")],
    };

    public static readonly ColumnSpec Total = new("TotalInvestment", "总投资", ColumnKind.Amount)
    {
        Required = true, Synonyms = ["计划总投资", "项目总投资"],
    };

    public static readonly ColumnSpec Plan = new("AnnualPlan", "年度计划投资", ColumnKind.Amount) { Synonyms = ["计划投资", "本年计划投资"] };

    public static readonly ColumnSpec Done = new("Completed", "累计完成投资", ColumnKind.Amount) { Synonyms = ["完成投资"] };

    public static readonly ColumnSpec Start = new("StartDate", "计划开工日期", ColumnKind.Date) { Synonyms = ["开工时间", "计划开工时间"] };

    public static readonly ColumnSpec Progress = new("Progress", "形象进度", ColumnKind.Decimal) { AllowPercent = true };

    public static readonly ColumnSpec Jobs = new("Jobs", "新增就业", ColumnKind.Integer) { Synonyms = ["就业人数"] };

    public static readonly IReadOnlyList<ColumnSpec> All = [Name, Region, Stage, Total, Plan, Done, Start, Progress, Jobs];
}
