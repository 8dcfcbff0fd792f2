using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Lists;

/// <summary>The landing list's filters, all in the URL; page, export and API apply the same query.</summary>
public sealed class LandingQuery
{
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public int? District { get; set; }
    [FromQuery] public int? Chain { get; set; }
    [FromQuery] public ProjectStage? Stage { get; set; }

    public async Task<IQueryable<LandingRow>> ApplyAsync(AppDbContext db, int year)
    {
        // A project merged into another as a duplicate is no longer one to land.
        var q = db.LandingList.AsNoTracking().Where(e => e.Year == year && e.Project!.MergedIntoId == null);
        if (District is { } district)
        {
            var units = await ListChoices.WithDescendantsAsync(db, district);
            q = q.Where(e => units.Contains(e.Project!.OwnerUnitId));
        }
        if (Chain is { } chain) { q = q.Where(e => e.Project!.ChainId == chain); }
        if (Stage is { } stage) { q = q.Where(e => e.Project!.Stage == stage); }
        return q.OrderByDescending(e => (double)e.Project!.TotalInvestment).ThenBy(e => e.Id)
            .Select(e => new LandingRow(e.Id, e.ProjectId, e.Project!.Name, e.Project.OwnerUnitId, e.Project.OwnerUnit!.Name,
                e.Project.OwnerUnit.NameEn, e.Project.ChainId, e.Project.Chain!.Name, e.Project.Chain.NameEn,
                e.Project.TotalInvestment, e.Project.Stage, e.Project.SignedOn));
    }
}
