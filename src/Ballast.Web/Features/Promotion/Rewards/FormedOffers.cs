using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>The figures a person may choose from when confirming the investment formed: the key-project dispatch's
/// cumulative completed investment (months submitted or accepted, every year) and the project's total investment.</summary>
public static class FormedOffers
{
    public const string Dispatch = "重点项目月调度累计完成投资";
    public const string Total = "项目总投资";

    public static async Task<List<FormedOffer>> ForAsync(AppDbContext db, int projectId)
    {
        ArgumentNullException.ThrowIfNull(db);
        // Summed here, not in SQL: decimal sums are not portable to SQLite.
        var months = await db.MonthlyReports.IgnoreQueryFilters()
            .Where(m => m.KeyProject!.ProjectId == projectId && MonthlyReport.Counted.Contains(m.State)).Select(m => m.Completed).ToListAsync();
        var total = await db.Projects.IgnoreQueryFilters().Where(p => p.Id == projectId).Select(p => (decimal?)p.TotalInvestment).SingleOrDefaultAsync();
        return [new(Dispatch, months.Count == 0 ? null : months.Sum()), new(Total, total)];
    }
}
