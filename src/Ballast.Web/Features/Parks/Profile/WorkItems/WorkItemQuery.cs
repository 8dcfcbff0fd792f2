using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>The work items' filters, in the URL: the chase page, its export, the park page and the API.
/// Overdue means open and past its due date today; the most overdue come first.</summary>
public sealed class WorkItemQuery
{
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public int? Park { get; set; }
    [FromQuery] public int? District { get; set; }
    [FromQuery] public WorkItemState? State { get; set; }
    [FromQuery] public bool? Overdue { get; set; }

    public async Task<List<WorkItemRow>> RunAsync(AppDbContext db, DateOnly today)
    {
        var q = db.ParkWorkItems.AsNoTracking();
        if (Year is { } year) { q = q.Where(w => w.Year == year); }
        if (Park is { } park) { q = q.Where(w => w.ParkId == park); }
        if (District is { } district) { q = q.Where(w => db.Parks.Any(p => p.Id == w.ParkId && p.DistrictUnitId == district)); }
        if (State is { } state) { q = q.Where(w => w.State == state); }
        if (Overdue == true) { q = q.Where(w => w.State == WorkItemState.Open && w.DueOn < today); }
        var rows = await q.OrderBy(w => w.State).ThenBy(w => w.DueOn).ThenBy(w => w.Id)
            .Select(w => new
            {
                w.Id, w.ParkId,
                Park = db.Parks.Where(p => p.Id == w.ParkId).Select(p => p.Unit!.Name).First(),
                ParkEn = db.Parks.Where(p => p.Id == w.ParkId).Select(p => p.Unit!.NameEn).First(),
                w.Year, w.Title, w.ResponsibleUnitId,
                Responsible = db.Units.Where(u => u.Id == w.ResponsibleUnitId).Select(u => u.Name).FirstOrDefault(),
                ResponsibleEn = db.Units.Where(u => u.Id == w.ResponsibleUnitId).Select(u => u.NameEn).FirstOrDefault(),
                w.OwnerName, w.DueOn, w.State, w.DoneOn, w.Progress, w.Version,
            })
            .ToListAsync();
        return [.. rows.Select(w => new WorkItemRow(w.Id, w.ParkId, w.Park, w.ParkEn, w.Year, w.Title, w.ResponsibleUnitId, w.Responsible,
                w.ResponsibleEn, w.OwnerName, w.DueOn, w.State, w.DoneOn, w.Progress,
                w.State == WorkItemState.Open && w.DueOn < today ? today.DayNumber - w.DueOn.DayNumber : 0, w.Version))
            .OrderByDescending(w => w.DaysOverdue)];
    }
}
