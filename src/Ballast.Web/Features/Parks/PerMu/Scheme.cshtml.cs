using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Ballast.Web.Common.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>A scheme: its settings and indicators; the programme office copies it to another year.</summary>
[Function(Policies.ProgrammeManage)]
public sealed class PerMuSchemeModel(AppDbContext db, PerMuSchemeSave save) : PageModel
{
    public PerMuScheme Scheme { get; private set; } = null!;
    public bool Frozen { get; private set; }
    public List<string> Errors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id)
    {
        if (await db.PerMuSchemes.AsNoTracking().Include(s => s.Indicators).SingleOrDefaultAsync(s => s.Id == id) is not { } scheme)
        {
            return NotFound();
        }
        Scheme = scheme;
        Frozen = await save.IsFrozenAsync(id);
        ViewData["Year"] = scheme.Year;
        return Page();
    }

    public async Task<IActionResult> OnPostCopyAsync(int id, int year)
    {
        var result = await save.CopyAsync(id, year);
        if (result.Outcome == SaveOutcome.Saved)
        {
            return Redirect($"/Parks/PerMu/Scheme/{result.Record!.Id}");
        }
        var page = await OnGetAsync(id);
        Errors = [.. result.Errors.Select(e => e.Message)];
        return page;
    }
}
