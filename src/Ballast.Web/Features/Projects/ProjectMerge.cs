using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

/// <summary>Merging a duplicate: the duplicate stays, with its history, marked as merged into the
/// survivor, and stops counting everywhere (<see cref="Counting.Countable"/>).</summary>
public static class ProjectMerge
{
    public static async Task<string?> MergeAsync(AppDbContext db, int duplicateId, int survivorId)
    {
        if (duplicateId == survivorId)
        {
            return "不能与自身合并";
        }
        var duplicate = await db.Projects.SingleOrDefaultAsync(p => p.Id == duplicateId);
        var survivor = await db.Projects.SingleOrDefaultAsync(p => p.Id == survivorId);
        if (duplicate is null || survivor is null)
        {
            return "项目不存在";
        }
        if (duplicate.MergedIntoId is not null || survivor.MergedIntoId is not null)
        {
            return "已合并的项目不能再次合并";
        }
        if (await db.KeyProjects.AnyAsync(k => k.ProjectId == duplicateId))
        {
            return "该项目在重点项目清单中，请先在清单中调整后再合并";
        }
        duplicate.MergedIntoId = survivorId;
        duplicate.UpdatedAt = db.Time.GetUtcNow();
        // The survivor keeps the earliest signing: a project counts once, at its first signing.
        if (duplicate.SignedOn is { } d && (survivor.SignedOn is null || d < survivor.SignedOn))
        {
            survivor.SignedOn = d;
        }
        await db.SaveChangesAsync();
        return null;
    }
}
