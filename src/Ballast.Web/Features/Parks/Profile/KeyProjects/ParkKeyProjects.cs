using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>A park's key-project list (重点项目清单): only projects lying in the park (<c>ParkUnitId</c>) go on it,
/// once a year. Projects are read past the district's scope by the park's own unit: the park's list is the park's.</summary>
public sealed class ParkKeyProjects(AppDbContext db, ParkSave parks, ParkFirms firms, Texts t)
{
    public async Task<ParkSaveResult> AddAsync(int parkId, KeyProjectInput input)
    {
        if (await parks.WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var errors = Common.Validation.InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return ParkSaveResult.Invalid(errors);
        }
        if (!await firms.ParkProjectAsync(parkId, input.ProjectId))
        {
            return ParkSaveResult.Invalid(nameof(input.ProjectId), t["只能把落在本园区的项目列入清单"]);
        }
        if (await db.ParkKeyProjects.AnyAsync(k => k.ParkId == parkId && k.Year == input.Year && k.ProjectId == input.ProjectId))
        {
            return ParkSaveResult.Invalid(nameof(input.ProjectId), t["该项目已在本年度清单中"]);
        }
        var owner = await db.Parks.Where(p => p.Id == parkId).Select(p => p.OwnerUnitId).SingleAsync();
        var row = db.ParkKeyProjects.Add(new ParkKeyProject
        {
            ParkId = parkId, Year = input.Year, ProjectId = input.ProjectId, OwnerUnitId = owner,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
        }).Entity;
        await db.SaveChangesAsync();
        return ParkSaveResult.Saved(row.Id);
    }

    public async Task<ParkSaveResult> RemoveAsync(int parkId, int id)
    {
        if (await parks.WritableAsync(parkId) is { } refused)
        {
            return refused;
        }
        var row = await db.ParkKeyProjects.SingleOrDefaultAsync(k => k.Id == id && k.ParkId == parkId);
        if (row is null)
        {
            return ParkSaveResult.NotFound;
        }
        db.ParkKeyProjects.Remove(row);
        await db.SaveChangesAsync();
        return ParkSaveResult.Saved(id);
    }

    /// <summary>The list for a year with each project's plan and year-to-date completion from the monthly dispatch.</summary>
    public async Task<List<KeyProjectRow>> ListAsync(int parkId, int year)
    {
        var rows = await db.ParkKeyProjects.AsNoTracking().Where(k => k.ParkId == parkId && k.Year == year)
            .Join(db.Projects.IgnoreQueryFilters(), k => k.ProjectId, p => p.Id, (k, p) => new { k, p })
            .OrderByDescending(x => x.p.TotalInvestment).ThenBy(x => x.p.Id)
            .Select(x => new { x.k.Id, x.k.ProjectId, x.p.Name, x.p.Stage, x.p.TotalInvestment, x.k.Note, x.p.IsDemo })
            .ToListAsync();
        var ids = rows.Select(r => r.ProjectId).ToList();
        var plans = await db.KeyProjects.IgnoreQueryFilters().AsNoTracking().Where(k => k.Year == year && ids.Contains(k.ProjectId))
            .Select(k => new
            {
                k.ProjectId, k.PlannedInvestment,
                Done = k.Reports.Where(r => r.Period!.Year == year && MonthlyReport.Counted.Contains(r.State)).Select(r => r.Completed).ToList(),
            })
            .ToListAsync();
        var byProject = plans.GroupBy(p => p.ProjectId).ToDictionary(g => g.Key, g => g.First());
        return [.. rows.Select(r =>
        {
            var plan = byProject.GetValueOrDefault(r.ProjectId);
            var ytd = plan is { Done.Count: > 0 } ? plan.Done.Sum() : (decimal?)null;
            return new KeyProjectRow(r.Id, r.ProjectId, r.Name, r.Stage, r.TotalInvestment, r.Note, plan?.PlannedInvestment, ytd, r.IsDemo);
        })];
    }
}
