using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;

namespace Ballast.Web.Features.Projects;

/// <summary>Creating and changing a project, the same for the page, the API and the import: rules,
/// scope, duplicates, optimistic concurrency. Nothing is written unless every check passes.</summary>
public sealed class ProjectSave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<SaveResult> CreateAsync(ProjectInput input, ProjectStage stage, DateOnly? stageOn)
    {
        // Created straight into a signed stage: the referrer is checked against that signing day.
        DateOnly? signedOn = stage is >= ProjectStage.Signed and <= ProjectStage.Operating ? stageOn ?? CityTime.Today(db.Time) : null;
        var checks = await CheckAsync(null, input, signedOn, checkDuplicates: true);
        if (checks is not null)
        {
            return checks;
        }
        var now = db.Time.GetUtcNow();
        var today = CityTime.DateOf(now);
        var project = new Project { Name = input.Name, CreatedAt = now, CreatedOn = today };
        input.ApplyTo(project, now);
        if (stage != ProjectStage.Lead)
        {
            var problem = StageRules.Move(project, stage, stageOn ?? today, today, scope.UserName, now);
            if (problem is not null)
            {
                return new SaveResult(SaveOutcome.Invalid, null, [("Stage", problem)], [], null);
            }
        }
        await InvestorLinks.LinkAsync(db, project);
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        return new SaveResult(SaveOutcome.Saved, project, [], [], null);
    }

    public async Task<SaveResult> UpdateAsync(int id, ProjectInput input)
    {
        var project = await db.Projects.SingleOrDefaultAsync(p => p.Id == id);
        if (project is null)
        {
            return new SaveResult(SaveOutcome.NotFound, null, [], [], null);
        }
        // Asked again only when what identifies the project changed.
        var identityChanged = project.Name != input.Name.Trim()
            || !string.Equals(project.InvestorUscc, input.InvestorUscc?.Trim(), StringComparison.OrdinalIgnoreCase);
        var checks = await CheckAsync(id, input, project.SignedOn, identityChanged);
        if (checks is not null)
        {
            return checks;
        }
        db.Entry(project).Property(p => p.Version).OriginalValue = input.Version;
        input.ApplyTo(project, db.Time.GetUtcNow());
        await InvestorLinks.LinkAsync(db, project);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Projects.AsNoTracking().SingleAsync(p => p.Id == id);
            return new SaveResult(SaveOutcome.Conflict, null,
                [("", "该项目已被他人修改，您的修改未保存。请核对下列差异后重新填写。")], [], current);
        }
        return new SaveResult(SaveOutcome.Saved, project, [], [], null);
    }

    private async Task<SaveResult?> CheckAsync(int? id, ProjectInput input, DateOnly? signedOn, bool checkDuplicates)
    {
        var errors = ProjectRules.Annotations(input, t);
        errors.AddRange(errors.Count == 0 ? ProjectRules.Check(input, signedOn, CityTime.DateOf(db.Time.GetUtcNow())) : []);
        errors.AddRange(errors.Count == 0 ? await RefersAttribute.CheckAsync(db, input, t) : []);
        if (!string.IsNullOrWhiteSpace(input.ProjectCode) && errors.Count == 0
            && await db.Projects.IgnoreQueryFilters().AnyAsync(p => p.ProjectCode == input.ProjectCode && p.Id != (id ?? 0)))
        {
            errors.Add((nameof(input.ProjectCode), "该项目代码已被其他项目使用"));
        }
        if (input.ExpansionOfId is { } parent && (parent == id || !await db.Projects.AnyAsync(p => p.Id == parent)))
        {
            errors.Add((nameof(input.ExpansionOfId), "扩建所属的原项目不存在"));
        }
        if (errors.Count > 0)
        {
            return new SaveResult(SaveOutcome.Invalid, null, errors, [], null);
        }
        if (!scope.CanWrite(input.OwnerUnitId))
        {
            return new SaveResult(SaveOutcome.Forbidden, null, [(nameof(input.OwnerUnitId), "只能选择本单位或下属单位")], [], null);
        }
        if (checkDuplicates && !input.NotADuplicate)
        {
            var uscc = string.IsNullOrWhiteSpace(input.InvestorUscc) ? null : Common.Text.TextNormalizer.Code(input.InvestorUscc);
            var duplicates = input.ExpansionOfId is null ? await DuplicateCheck.FindAsync(db, id, input.Name, uscc) : [];
            if (duplicates.Count > 0)
            {
                return new SaveResult(SaveOutcome.PossibleDuplicate, null, [], duplicates, null);
            }
        }
        return null;
    }
}
