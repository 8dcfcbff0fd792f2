using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common;

namespace Ballast.Web.Features.Lists;

/// <summary>Turns a target to attract into a project (a lead), once: the page and the API both
/// come here, so that a target never becomes two projects.</summary>
public static class TargetConversion
{
    public static async Task<ConversionResult> ConvertAsync(AppDbContext db, UserScope scope, int targetId)
    {
        var target = await db.AttractionTargets.SingleOrDefaultAsync(t => t.Id == targetId);
        if (target is null)
        {
            return new(ConversionOutcome.NotFound);
        }
        if (target.ProjectId is { } existing)
        {
            return new(ConversionOutcome.AlreadyConverted, existing);
        }
        if (!scope.CanWrite(target.OwnerUnitId))
        {
            return new(ConversionOutcome.Forbidden);
        }

        await using var tx = await db.Database.BeginTransactionAsync();
        // Lock the target's row before writing: of two simultaneous conversions (a double click),
        // the second waits here and then finds the target converted.
        var open = await db.AttractionTargets.Where(t => t.Id == targetId && t.ProjectId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ProjectId, t => t.ProjectId));
        if (open == 0)
        {
            var projectId = await db.AttractionTargets.Where(t => t.Id == targetId).Select(t => t.ProjectId).SingleAsync();
            return new(ConversionOutcome.AlreadyConverted, projectId);
        }

        var now = db.Time.GetUtcNow();
        var project = new Project
        {
            Name = target.Name,
            OwnerUnitId = target.OwnerUnitId,
            ChainId = target.ChainId,
            TotalInvestment = target.ExpectedInvestment ?? 0m,
            Stage = ProjectStage.Lead,
            // The field holds a foreign investor's country only.
            InvestorCountry = target.Country is null or "中国" or "中国大陆" ? null : target.Country,
            OriginNote = "招引清单",
            CreatedOn = CityTime.DateOf(now),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Projects.Add(project);
        await db.SaveChangesAsync();
        target.ProjectId = project.Id;
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        return new(ConversionOutcome.Converted, project.Id);
    }
}
