using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>A run's steps after the draft: reviewed by someone other than who ran it, then published. Published
/// is frozen; publishing a later run of the same population and year marks the earlier published one superseded.
/// Each step is a row change in the audit trail, with an event naming the step.</summary>
public sealed class PerMuLifecycle(AppDbContext db, UserScope scope, Texts t)
{
    public Task<RecordSave<PerMuRun>> ReviewAsync(int id, RunStep step) => MoveAsync(id, step, RunState.Draft, RunState.Reviewed);

    public Task<RecordSave<PerMuRun>> PublishAsync(int id, RunStep step) => MoveAsync(id, step, RunState.Reviewed, RunState.Published);

    private async Task<RecordSave<PerMuRun>> MoveAsync(int id, RunStep step, RunState from, RunState to)
    {
        var run = await db.PerMuRuns.SingleOrDefaultAsync(r => r.Id == id);
        if (run is null)
        {
            return Saves.NotFound<PerMuRun>();
        }
        if (!scope.CanWrite(run.OwnerUnitId))
        {
            return Saves.Forbidden<PerMuRun>("", t["只能处理本单位范围内的评价"]);
        }
        if (run.State != from)
        {
            return Saves.Invalid<PerMuRun>([(nameof(run.State), t[to == RunState.Reviewed ? "只有草稿状态的评价可以复核" : "只有已复核的评价可以发布"])]);
        }
        if (to == RunState.Reviewed && string.Equals(run.RunBy, scope.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return Saves.Invalid<PerMuRun>([("ReviewedBy", t["复核须由运行评价者以外的人进行"])]);
        }
        if (step.Note is { Length: > 1000 })
        {
            return Saves.Invalid<PerMuRun>([(nameof(step.Note), t["备注不超过1000字"])]);
        }
        db.Entry(run).Property(r => r.Version).OriginalValue = step.Version;
        run.State = to;
        var now = db.Time.GetUtcNow();
        if (to == RunState.Reviewed)
        {
            (run.ReviewedBy, run.ReviewedAt) = (scope.UserName, now);
        }
        else
        {
            (run.PublishedBy, run.PublishedAt) = (scope.UserName, now);
            var earlier = await db.PerMuRuns.Where(r => r.PopulationUnitId == run.PopulationUnitId && r.Year == run.Year && r.Id != run.Id
                && r.State == RunState.Published).ToListAsync();
            earlier.ForEach(r => r.State = RunState.Superseded);
        }
        if (!string.IsNullOrWhiteSpace(step.Note))
        {
            run.Note = step.Note.Trim();
        }
        db.AddAuditEvent(to == RunState.Reviewed ? "PerMuReviewed" : "PerMuPublished", nameof(PerMuRun), run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            $"第{run.Number}次评价 {run.Year}年");
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.PerMuRuns.AsNoTracking().SingleAsync(r => r.Id == id);
            return new RecordSave<PerMuRun>(SaveOutcome.Conflict, null, [("", "该评价已被他人处理，请刷新后再试")], current);
        }
        return Saves.Saved(run);
    }
}
