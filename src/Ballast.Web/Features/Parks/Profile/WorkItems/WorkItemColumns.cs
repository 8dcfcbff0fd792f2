using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Parks;

/// <summary>The columns of a work-item export, the same from the park page and the chase page.</summary>
public static class WorkItemColumns
{
    public static List<ExportColumn<WorkItemRow>> For(Texts t) =>
    [
        new(t["园区"].Value, typeof(string), w => Texts.Pick(w.Park, w.ParkEn)),
        new(t["年度"].Value, typeof(int), w => w.Year),
        new(t["工作事项"].Value, typeof(string), w => w.Title),
        new(t["责任单位"].Value, typeof(string), w => w.Responsible is null ? null : Texts.Pick(w.Responsible, w.ResponsibleEn)),
        new(t["责任人"].Value, typeof(string), w => w.OwnerName),
        new(t["完成时限"].Value, typeof(string), w => ListExport.Date(w.DueOn)),
        new(t["状态"].Value, typeof(string), w => ParkNames.WorkState(t, w.State)),
        new(t["完成日期"].Value, typeof(string), w => ListExport.Date(w.DoneOn)),
        new(t["逾期天数"].Value, typeof(int), w => w.IsOverdue ? w.DaysOverdue : null),
        new(t["进展情况"].Value, typeof(string), w => w.Progress),
    ];
}
