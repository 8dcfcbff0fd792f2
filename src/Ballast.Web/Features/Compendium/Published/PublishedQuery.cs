using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The published projects for the office and the API, in the public order. The project's internal name is
/// read within the user's scope (another unit's publication shows only its public name).</summary>
public static class PublishedQuery
{
    public static Task<List<PublishedRow>> ListAsync(AppDbContext db, int? id = null) =>
        db.PublishedProjects.AsNoTracking().Where(p => id == null || p.Id == id)
            .OrderBy(p => p.SortOrder).ThenBy(p => p.Id)
            .Select(p => new PublishedRow(p.Id, p.ProjectId, db.Projects.Where(x => x.Id == p.ProjectId).Select(x => x.Name).FirstOrDefault() ?? p.PublicName,
                p.PublicName, p.PublicSummary, p.ShowsTotalInvestment, p.ShowsCompletion, p.SortOrder, p.PublishedOn, p.OwnerUnitId, p.Version))
            .ToListAsync();
}
