using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>A project's investor is a firm of the registry when their codes agree. Kept here, beside the
/// context, because Projects may not know Enterprises: the project's save, the firm's save and the
/// start-up all link through it, as tracked changes (so audited), and only where the link is missing or wrong.</summary>
public static class InvestorLinks
{
    /// <summary>Sets the link on a project about to be saved from its investor code.</summary>
    public static async Task LinkAsync(AppDbContext db, Project project)
    {
        project.InvestorEnterpriseId = string.IsNullOrWhiteSpace(project.InvestorUscc) ? null
            : await db.Enterprises.IgnoreQueryFilters().Where(e => e.Uscc == project.InvestorUscc).Select(e => (int?)e.Id).FirstOrDefaultAsync();
    }

    /// <summary>Links the projects carrying <paramref name="uscc"/> that <paramref name="canWrite"/> allows; the
    /// others are linked at their next save or the next start.</summary>
    public static async Task<int> LinkCodeAsync(AppDbContext db, string uscc, int enterpriseId, Func<int, bool> canWrite)
    {
        var projects = await db.Projects.IgnoreQueryFilters()
            .Where(p => p.InvestorUscc == uscc && (p.InvestorEnterpriseId == null || p.InvestorEnterpriseId != enterpriseId)).ToListAsync();
        var linked = projects.Where(p => canWrite(p.OwnerUnitId)).ToList();
        linked.ForEach(p => p.InvestorEnterpriseId = enterpriseId);
        return linked.Count;
    }

    /// <summary>Every unlinked project whose investor code a firm carries: once at start-up, idempotent.</summary>
    public static async Task<int> LinkAllAsync(AppDbContext db)
    {
        var pairs = await db.Projects.IgnoreQueryFilters()
            .Where(p => p.InvestorUscc != null && p.InvestorEnterpriseId == null)
            .Join(db.Enterprises.IgnoreQueryFilters(), p => p.InvestorUscc, e => e.Uscc, (p, e) => new { p.Id, EnterpriseId = e.Id })
            .ToListAsync();
        if (pairs.Count == 0)
        {
            return 0;
        }
        foreach (var chunk in pairs.Chunk(500))
        {
            var ids = chunk.Select(c => c.Id).ToList();
            var byId = chunk.ToDictionary(c => c.Id, c => c.EnterpriseId);
            foreach (var p in await db.Projects.IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ToListAsync())
            {
                p.InvestorEnterpriseId = byId[p.Id];
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return pairs.Count;
    }
}
