using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Gathers the threads of a set of projects (one, or a park's) in a fixed number of queries. The projects come
/// through the data scope, so a district reads its own projects' threads only.</summary>
public static class ThreadLoader
{
    public static async Task<List<ProjectThread>> LoadAsync(AppDbContext db, IQueryable<Project> projects)
    {
        var list = await projects.AsNoTracking().Include(p => p.OwnerUnit).Include(p => p.StageChanges).Include(p => p.ParkUnit)
            .OrderBy(p => p.Id).ToListAsync();
        var ids = list.Select(p => p.Id).ToList();
        var targets = (await db.AttractionTargets.AsNoTracking().Where(x => x.ProjectId != null && ids.Contains(x.ProjectId.Value))
            .Select(x => new { ProjectId = x.ProjectId!.Value, Target = new ThreadTarget(x.Id, x.Year, x.Name) }).ToListAsync())
            .ToLookup(x => x.ProjectId, x => x.Target);
        var landing = (await db.LandingList.AsNoTracking().Where(x => ids.Contains(x.ProjectId)).Select(x => new { x.ProjectId, x.Year }).ToListAsync())
            .ToLookup(x => x.ProjectId, x => x.Year);
        var keys = (await db.KeyProjects.AsNoTracking().Where(k => ids.Contains(k.ProjectId))
            .Select(k => new
            {
                k.ProjectId, k.Year, k.PlannedInvestment,
                Completed = k.Reports.Where(r => MonthlyReport.Counted.Contains(r.State)).Sum(r => (decimal?)r.Completed),
                Months = k.Reports.Count(r => MonthlyReport.Counted.Contains(r.State)),
            }).ToListAsync())
            .ToLookup(x => x.ProjectId, x => new ThreadKeyYear(x.Year, x.PlannedInvestment, x.Months == 0 ? null : x.Completed, x.Months));
        var firmIds = list.Select(p => p.InvestorEnterpriseId).OfType<int>().Distinct().ToList();
        var commitments = (await CommitmentLoader.JudgeAsync(db, db.LandCommitments.Where(c => ids.Contains(c.ProjectId))))
            .ToDictionary(j => j.Project.Id);
        firmIds = [.. firmIds.Concat(commitments.Values.Select(c => c.FirmId).OfType<int>()).Distinct()];
        var firms = await db.Enterprises.AsNoTracking().Where(e => firmIds.Contains(e.Id))
            .Select(e => new ThreadFirm(e.Id, e.Name, e.LandAreaMu, e.ParcelCode, e.IsStandardLand)).ToDictionaryAsync(f => f.Id);
        var parkUnits = list.Select(p => p.ParkUnitId).OfType<int>().Distinct().ToList();
        var parks = await db.Parks.AsNoTracking().Where(p => parkUnits.Contains(p.UnitId)).ToDictionaryAsync(p => p.UnitId, p => p.Id);
        var admissions = (await db.AdmissionEvaluations.AsNoTracking().Where(e => ids.Contains(e.ProjectId)).ToListAsync())
            .GroupBy(e => e.ProjectId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!);
        var grades = (await PublishedGrades.LoadAsync(db, firmIds)).ToLookup(g => g.EnterpriseId);

        return [.. list.Select(p =>
        {
            var judged = commitments.GetValueOrDefault(p.Id);
            var firmId = judged?.FirmId ?? p.InvestorEnterpriseId;
            var firm = firmId is { } f ? firms.GetValueOrDefault(f) : null;
            var park = p.ParkUnit is { } u ? new ThreadPark(parks.TryGetValue(u.Id, out var pid) ? pid : null, u.Id, u.Name) : null;
            return new ProjectThread(p, p.OwnerUnit?.Name, [.. p.StageChanges.OrderBy(c => c.On).ThenBy(c => c.Id)], [.. targets[p.Id]],
                [.. landing[p.Id].Distinct().Order()], [.. keys[p.Id].OrderBy(k => k.Year)], firm, park, judged, admissions.GetValueOrDefault(p.Id),
                firm is null ? [] : [.. grades[firm.Id]]);
        })];
    }
}
