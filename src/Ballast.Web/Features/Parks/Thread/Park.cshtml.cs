using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Every project of a park on one line each, lead to per-mu grade; only the projects the user's scope reads.</summary>
public sealed class ThreadParkModel(AppDbContext db, Texts t) : PageModel
{
    public Park Park { get; private set; } = null!;
    public string ParkName { get; private set; } = "";
    public IReadOnlyList<(ProjectThread Thread, IReadOnlyList<ThreadStep> Steps)> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int parkId)
    {
        var park = await db.Parks.AsNoTracking().Include(p => p.Unit).SingleOrDefaultAsync(p => p.Id == parkId);
        if (park is null)
        {
            return NotFound();
        }
        Park = park;
        ParkName = park.Unit is { } u ? Texts.Pick(u.Name, u.NameEn) : "";
        var threads = await ThreadLoader.LoadAsync(db, db.Projects.Where(p => p.ParkUnitId == park.UnitId && p.MergedIntoId == null));
        Rows = [.. threads.Select(x => (x, (IReadOnlyList<ThreadStep>)ThreadSteps.Build(x, t)))];
        return Page();
    }
}
