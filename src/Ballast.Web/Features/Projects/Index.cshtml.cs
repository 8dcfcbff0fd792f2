using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)] public ProjectStage? Stage { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<Project> Projects { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var q = db.Projects.AsNoTracking().Include(p => p.OwnerUnit).Include(p => p.Chain).AsQueryable();
        if (Stage is { } stage)
        {
            q = q.Where(p => p.Stage == stage);
        }
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var text = Q.Trim();
            q = q.Where(p => p.Name.Contains(text) || (p.InvestorName != null && p.InvestorName.Contains(text)));
        }
        Projects = await q.OrderBy(p => p.Id).Take(500).ToListAsync();
    }
}
