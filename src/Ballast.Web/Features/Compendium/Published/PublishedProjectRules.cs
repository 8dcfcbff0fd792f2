using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Checks on publishing a project: it must be a key project the user can see, not merged into another,
/// and published once. Messages come back localised.</summary>
public static class PublishedProjectRules
{
    public static async Task<List<(string Field, string Message)>> CheckAsync(AppDbContext db, Texts t, PublishedProjectInput input, int? id)
    {
        var errors = InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return errors;
        }
        // Read within the user's scope: a project another district keeps is "not found" here, as everywhere.
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == input.ProjectId)
            .Select(p => new { p.MergedIntoId, IsKey = db.KeyProjects.Any(k => k.ProjectId == p.Id) }).SingleOrDefaultAsync();
        if (project is null)
        {
            errors.Add((nameof(input.ProjectId), t["没有找到该项目"]));
        }
        else if (project.MergedIntoId is not null)
        {
            errors.Add((nameof(input.ProjectId), t["该项目已并入另一项目，请公开合并后的项目"]));
        }
        else if (!project.IsKey)
        {
            errors.Add((nameof(input.ProjectId), t["只有列入重点项目的项目可以公开"]));
        }
        else if (await db.PublishedProjects.AnyAsync(p => p.ProjectId == input.ProjectId && p.Id != (id ?? 0)))
        {
            errors.Add((nameof(input.ProjectId), t["该项目已公开"]));
        }
        return errors;
    }
}
