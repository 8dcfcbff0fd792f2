using Ballast.Web.Data;
using Ballast.Web.Features.Programme;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Home;

/// <summary>The year's programme at a glance. Every figure is read from records.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public Plan? Plan { get; private set; }
    public int ProgrammeChains { get; private set; }
    public int Parks { get; private set; }
    public int ProjectCount { get; private set; }
    public decimal ProjectInvestmentWan { get; private set; }

    public async Task OnGetAsync(int? year)
    {
        var selected = ProgrammeYear.Resolve(HttpContext, year);
        Plan = await db.Plans.AsNoTracking()
            .Include(p => p.Battles.OrderBy(b => b.SortOrder))
            .ThenInclude(b => b.Indicators.OrderBy(i => i.SortOrder))
            .SingleOrDefaultAsync(p => p.Year == selected);
        ProgrammeChains = await db.Chains.CountAsync(c => c.IsProgrammeChain);
        Parks = await db.Units.CountAsync(u => u.Kind == Organisation.UnitKind.Park && u.IsActive);
        ProjectCount = await db.Projects.CountAsync();
        ProjectInvestmentWan = await db.Projects.SumAsync(p => (decimal?)p.TotalInvestment) ?? 0m;
    }
}
