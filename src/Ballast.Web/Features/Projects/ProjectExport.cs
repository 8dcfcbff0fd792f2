using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Formatting;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

/// <summary>The project list as .xlsx: every row the filters match, read straight from the query with
/// only the columns the sheet shows, never tracked, never capped.</summary>
public static class ProjectExport
{
    public sealed record Row(int Id, string Name, string? Unit, string? Chain, ProjectStage Stage, decimal TotalInvestment, DateOnly? SignedOn,
        string? ProjectCode, decimal? LandAreaMu, string? ParcelCode, DateOnly? LandRightOn, bool IsStandardLand);

    public static IAsyncEnumerable<Row> Rows(IQueryable<Project> sorted) =>
        sorted.AsNoTracking()
            .Select(p => new Row(p.Id, p.Name, p.OwnerUnit!.Name, p.Chain!.Name, p.Stage, p.TotalInvestment, p.SignedOn, p.ProjectCode, p.LandAreaMu, p.ParcelCode, p.LandRightOn,
                p.IsStandardLand))
            .AsAsyncEnumerable();

    /// <param name="figures">A key list's figures by project, or null for a list without them.</param>
    public static List<ExportColumn<Row>> Columns(Texts t, IReadOnlyDictionary<int, ProjectFigure>? figures)
    {
        List<ExportColumn<Row>> columns =
        [
            new(t["项目名称"], typeof(string), r => r.Name),
            new(t["责任单位"], typeof(string), r => r.Unit),
            new(t["产业链"], typeof(string), r => r.Chain),
            new(t["阶段"], typeof(string), r => t[StageNames.Of(r.Stage)].Value),
            new(t["总投资（亿元）"], typeof(decimal), r => Amounts.YiValue(r.TotalInvestment)),
            new(t["签约日期"], typeof(string), r => ListExport.Date(r.SignedOn)),
            new(t["项目代码"], typeof(string), r => r.ProjectCode),
            new(t["用地面积（亩）"], typeof(decimal), r => r.LandAreaMu),
            new(t["宗地编码"], typeof(string), r => r.ParcelCode),
            new(t["土地使用权取得日期"], typeof(string), r => ListExport.Date(r.LandRightOn)),
            new(t["标准地"], typeof(string), r => r.IsStandardLand ? t["是"].Value : t["否"].Value),
        ];
        if (figures is not null)
        {
            ProjectFigure? Of(Row r) => figures.GetValueOrDefault(r.Id);
            columns.AddRange(
            [
                new(t["年度计划（亿元）"], typeof(decimal), r => Of(r) is { } f ? Amounts.YiValue(f.PlanWan) : null),
                new(t["累计完成（亿元）"], typeof(decimal), r => Of(r) is { Reported: true } f ? Amounts.YiValue(f.YtdWan) : null),
                new(t["完成率"], typeof(decimal), r => Of(r)?.Progress.CompletionPercent),
                new(t["状态"], typeof(string), r => Of(r) is { } f ? t[ProgressRule.Name(f.Progress.Status)].Value : null),
            ]);
        }
        return columns;
    }
}
