using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Setting a project's standard-land commitment, the same for the page, the API and the demo: the project
/// must be standard land in the caller's scope; one commitment per project, kept with the project's owner.</summary>
public sealed class CommitmentSave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<RecordSave<LandCommitment>> SaveAsync(int projectId, CommitmentInput input)
    {
        var project = await db.Projects.AsNoTracking().SingleOrDefaultAsync(p => p.Id == projectId);
        if (project is null)
        {
            return Saves.NotFound<LandCommitment>();
        }
        var errors = InputRules.Validate(input, t);
        errors.AddRange(errors.Count == 0 ? CommitmentRules.Check(input) : []);
        if (!project.IsStandardLand)
        {
            errors.Add(("", "该项目未标记为标准地：请先在项目中勾选“标准地”并填写用地面积"));
        }
        if (input.EnterpriseId is { } firm && !await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.Id == firm))
        {
            errors.Add((nameof(input.EnterpriseId), "考核企业不存在"));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<LandCommitment>(errors);
        }
        if (!scope.CanWrite(project.OwnerUnitId))
        {
            return Saves.Forbidden<LandCommitment>("", "数据范围之外的记录不能修改");
        }
        var commitment = await db.LandCommitments.SingleOrDefaultAsync(c => c.ProjectId == projectId);
        if (commitment is null)
        {
            commitment = new LandCommitment { ProjectId = projectId, OwnerUnitId = project.OwnerUnitId };
            db.LandCommitments.Add(commitment);
        }
        else
        {
            db.Entry(commitment).Property(c => c.Version).OriginalValue = input.Version;
        }
        input.ApplyTo(commitment);
        commitment.OwnerUnitId = project.OwnerUnitId;
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.LandCommitments.AsNoTracking().SingleAsync(c => c.ProjectId == projectId);
            return new RecordSave<LandCommitment>(SaveOutcome.Conflict, null, [("", "该承诺已被他人修改，您的修改未保存。请核对后重新填写。")], current);
        }
        return Saves.Saved(commitment);
    }
}
