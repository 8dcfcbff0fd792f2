using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Compendium;

/// <summary>One published project; an unpublished one answers 404 as an unknown number does.</summary>
[AllowAnonymous]
public sealed class PublicProjectModel(PublicProjects projects) : PageModel
{
    public PublicProject Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if ((await projects.ListAsync(id)).SingleOrDefault() is not { } project)
        {
            return NotFound();
        }
        Project = project;
        return Page();
    }
}
