using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>The units that confirm a reward jointly (联合确认): the project's owner, its responsible unit if it has one,
/// and the promotion department (市商务局), each once.</summary>
public static class RewardUnits
{
    public const string PromotionDepartmentCode = "dept-commerce";

    public static async Task<List<int>> ForAsync(AppDbContext db, Project project)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(project);
        var units = new List<int> { project.OwnerUnitId };
        if (project.ResponsibleUnitId is { } responsible)
        {
            units.Add(responsible);
        }
        var promotion = await db.Units.AsNoTracking().Where(u => u.Code == PromotionDepartmentCode).Select(u => (int?)u.Id).SingleOrDefaultAsync();
        if (promotion is { } p)
        {
            units.Add(p);
        }
        return [.. units.Distinct()];
    }
}
