using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Parks;

/// <summary>One project from its first lead to its firm's per-mu grade, as a vertical timeline (全链条).</summary>
public sealed class ThreadProjectModel(AppDbContext db, Texts t) : PageModel
{
    public ProjectThread Thread { get; private set; } = null!;
    public IReadOnlyList<ThreadStep> Steps { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int projectId)
    {
        var thread = (await ThreadLoader.LoadAsync(db, db.Projects.Where(p => p.Id == projectId))).SingleOrDefault();
        if (thread is null)
        {
            return NotFound();
        }
        Thread = thread;
        Steps = ThreadSteps.Build(thread, t);
        return Page();
    }
}
