using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Lists;

/// <summary>The three lists handed out at the programme meeting, counted for the selected year.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int SelectedYear { get; private set; }
    public int Landing { get; private set; }
    public decimal LandingWan { get; private set; }
    public int Targets { get; private set; }
    public int Converted { get; private set; }
    public int Carriers { get; private set; }
    public int Available { get; private set; }
    public decimal AvailableMu { get; private set; }
    public decimal AvailableSquareMetres { get; private set; }

    public async Task OnGetAsync()
    {
        var year = SelectedYear = ProgrammeYear.Resolve(HttpContext, Year);
        var landing = db.LandingList.AsNoTracking().Where(e => e.Year == year && e.Project!.MergedIntoId == null);
        Landing = await landing.CountAsync();
        LandingWan = await landing.SumAsync(e => (decimal?)e.Project!.TotalInvestment) ?? 0m;
        var targets = db.AttractionTargets.AsNoTracking().Where(t => t.Year == year);
        Targets = await targets.CountAsync();
        Converted = await targets.CountAsync(t => t.ProjectId != null);
        Carriers = await db.Carriers.CountAsync();
        var available = db.Carriers.AsNoTracking().Where(c => c.Availability == CarrierAvailability.Available);
        Available = await available.CountAsync();
        AvailableMu = await available.Where(c => c.Kind == CarrierKind.Land).SumAsync(c => c.AreaMu) ?? 0m;
        AvailableSquareMetres = await available.Where(c => c.Kind != CarrierKind.Land).SumAsync(c => c.AreaSquareMetres) ?? 0m;
    }
}
