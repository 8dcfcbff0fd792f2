using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Compendium;

/// <summary>The key projects the city published, phone first, with only what their owners released.</summary>
[AllowAnonymous]
public sealed class PublicProjectsModel(PublicProjects projects) : PageModel
{
    public List<PublicProject> Projects { get; private set; } = [];

    public async Task OnGetAsync() => Projects = await projects.ListAsync();
}
