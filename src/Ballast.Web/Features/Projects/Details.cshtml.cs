using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

public sealed class DetailsModel(AppDbContext db) : PageModel
{
    public Project Project { get; private set; } = null!;

    /// <summary>A project outside the user's scope is not found, exactly like one that does not exist.</summary>
    public async Task<IActionResult> OnGetAsync(int id)
    {
        var project = await db.Projects.AsNoTracking().Include(p => p.OwnerUnit).Include(p => p.Chain).SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
        {
            return NotFound();
        }
        Project = project;
        return Page();
    }
}
