using Ballast.Web.Common.Excel;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Parks;

/// <summary>The park's lists as .xlsx, exactly as the page shows them for the year.</summary>
public sealed partial class ParkDetailsModel
{
    public async Task<IActionResult> OnGetExportFirmsAsync(int id, int? year)
    {
        if (await OnGetAsync(id, year) is not PageResult)
        {
            return NotFound();
        }
        List<ExportColumn<Member>> columns =
        [
            new(t["企业名称"].Value, typeof(string), m => m.Name),
            new(t["统一社会信用代码"].Value, typeof(string), m => m.Uscc),
            new(t["入园日期"].Value, typeof(string), m => ListExport.Date(m.EnteredOn)),
            new(t["出园日期"].Value, typeof(string), m => ListExport.Date(m.LeftOn)),
            new(t["出园原因"].Value, typeof(string), m => m.ExitReason),
            new(t["{0}年产值（万元）", Year].Value, typeof(decimal), m => m.Output),
        ];
        return await ListExport.XlsxAsync(Members, columns, $"park-{id}-firms-{Year}.xlsx");
    }

    public async Task<IActionResult> OnGetExportKeyProjectsAsync(int id, int? year)
    {
        if (await OnGetAsync(id, year) is not PageResult)
        {
            return NotFound();
        }
        List<ExportColumn<KeyProjectRow>> columns =
        [
            new(t["项目名称"].Value, typeof(string), k => k.Name),
            new(t["阶段"].Value, typeof(string), k => t[StageNames.Of(k.Stage)].Value),
            new(t["总投资（亿元）"].Value, typeof(decimal), k => ListExport.Yi(k.TotalInvestment)),
            new(t["年度计划投资（万元）"].Value, typeof(decimal), k => k.PlanWan),
            new(t["累计完成（万元）"].Value, typeof(decimal), k => k.YtdWan),
            new(t["备注"].Value, typeof(string), k => k.Note),
        ];
        return await ListExport.XlsxAsync(KeyProjects, columns, $"park-{id}-key-projects-{Year}.xlsx");
    }

    public async Task<IActionResult> OnGetExportWorkItemsAsync(int id, int? year)
    {
        if (await OnGetAsync(id, year) is not PageResult)
        {
            return NotFound();
        }
        return await ListExport.XlsxAsync(WorkItems, WorkItemColumns.For(t), $"park-{id}-work-items-{Year}.xlsx");
    }
}
