using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Publishing a key project, changing what is released, and withdrawing it: the one path for the office
/// page, the API and the demo. A unit publishes only its own projects (the programme office any); the owner is
/// the project's, never the user's choice.</summary>
public sealed class PublishedProjectSave(AppDbContext db, UserScope scope, Texts t, TimeProvider time)
{
    public async Task<PublishSaveResult> CreateAsync(PublishedProjectInput input)
    {
        var errors = await PublishedProjectRules.CheckAsync(db, t, input, null);
        if (errors.Count > 0)
        {
            return PublishSaveResult.Invalid(errors);
        }
        var owner = await db.Projects.Where(p => p.Id == input.ProjectId).Select(p => p.OwnerUnitId).SingleAsync();
        if (!scope.CanWrite(owner))
        {
            return PublishSaveResult.Refused(nameof(input.ProjectId), t["只能公开本单位的项目"]);
        }
        var published = new PublishedProject
        {
            ProjectId = input.ProjectId, PublicName = "", OwnerUnitId = owner, PublishedOn = Common.CityTime.Today(time),
        };
        input.ApplyTo(published);
        db.PublishedProjects.Add(published);
        await db.SaveChangesAsync();
        return PublishSaveResult.Saved(published.Id);
    }

    public async Task<PublishSaveResult> UpdateAsync(int id, PublishedProjectInput input)
    {
        var published = await db.PublishedProjects.SingleOrDefaultAsync(p => p.Id == id);
        if (published is null)
        {
            return PublishSaveResult.NotFound;
        }
        if (!scope.CanWrite(published.OwnerUnitId))
        {
            return PublishSaveResult.Refused("", t["数据范围之外的记录不能修改"]);
        }
        // The project a publication is about does not change; publish another one instead.
        input.ProjectId = published.ProjectId;
        var errors = await PublishedProjectRules.CheckAsync(db, t, input, id);
        if (errors.Count > 0)
        {
            return PublishSaveResult.Invalid(errors);
        }
        db.Expect(published, input.Version);
        input.ApplyTo(published);
        return await db.SaveOrConflictAsync() is { } conflict
            ? new PublishSaveResult(PublishOutcome.Conflict, null, [], conflict)
            : PublishSaveResult.Saved(id);
    }

    /// <summary>Withdraws the project from the public pages; its records stay as they are.</summary>
    public async Task<PublishSaveResult> WithdrawAsync(int id, int? version)
    {
        var published = await db.PublishedProjects.SingleOrDefaultAsync(p => p.Id == id);
        if (published is null)
        {
            return PublishSaveResult.NotFound;
        }
        if (!scope.CanWrite(published.OwnerUnitId))
        {
            return PublishSaveResult.Refused("", t["数据范围之外的记录不能修改"]);
        }
        db.Expect(published, version);
        db.PublishedProjects.Remove(published);
        return await db.SaveOrConflictAsync() is { } conflict
            ? new PublishSaveResult(PublishOutcome.Conflict, null, [], conflict)
            : PublishSaveResult.Saved(id);
    }
}
