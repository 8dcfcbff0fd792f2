using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>A year's rewards by state and district, paid against confirmed; the cases exported with the ID number masked.</summary>
public sealed class RewardReportModel(AppDbContext db, UserScope scope, Texts t) : PageModel
{
    [BindProperty(SupportsGet = true)] public int Year { get; set; }

    public RewardReport Report { get; private set; } = null!;
    public List<int> Years { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Years = await db.RewardRules.AsNoTracking().OrderByDescending(r => r.Year).Select(r => r.Year).ToListAsync();
        if (Year == 0)
        {
            Year = Years.FirstOrDefault();
        }
        Report = RewardReport.Of(Year, await RewardQuery.RowsAsync(db, scope, new(Year)));
    }

    public async Task<IActionResult> OnGetExportAsync()
    {
        var rows = await RewardQuery.RowsAsync(db, scope, new(Year));
        List<ExportColumn<RewardRow>> columns =
        [
            new(t["编号"], typeof(int), r => r.Id), new(t["项目"], typeof(string), r => r.ProjectName), new(t["区市"], typeof(string), r => r.OwnerUnit),
            new(t["签约日期"], typeof(string), r => ListExport.Date(r.SignedOn)), new(t["引荐人"], typeof(string), r => r.ReferrerName),
            new(t["引荐人类别"], typeof(string), r => r.ReferrerCategory),
            new(t["证件号码或信用代码"], typeof(string), r => RewardPrivacy.Mask(r.ReferrerIdNumber)),
            new(t["引荐人登记日期"], typeof(string), r => ListExport.Date(r.ReferrerRegisteredOn)), new(t["规则年度"], typeof(int), r => r.RuleYear),
            new(t["状态"], typeof(string), r => t[RewardNames.Of(r.State)].Value), new(t["实际投资（万元）"], typeof(decimal), r => r.FormedWan),
            new(t["奖励（万元）"], typeof(decimal), r => r.RewardWan), new(t["公示截止"], typeof(string), r => ListExport.Date(r.NoticeTo)),
            new(t["支付日期"], typeof(string), r => ListExport.Date(r.PaidOn)), new(t["支付金额（万元）"], typeof(decimal), r => r.PaidWan),
            new(t["不予奖励原因"], typeof(string), r => r.RefusalReason),
        ];
        return await ListExport.XlsxAsync(rows, columns, $"rewards-{Year}.xlsx");
    }
}
