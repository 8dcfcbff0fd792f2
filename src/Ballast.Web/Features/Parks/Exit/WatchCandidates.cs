using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Finds the watch-list candidates: firms graded D in consecutive years by the latest published run of each
/// population and year, and firms whose standard-land commitment is breached. Only what the user's scope reads.</summary>
public static class WatchCandidates
{
    public static async Task<List<WatchCandidate>> FindAsync(AppDbContext db)
    {
        var streaks = (await PublishedGrades.LoadAsync(db)).GroupBy(x => x.EnterpriseId)
            .Select(g => (Firm: g.Key, Streak: WatchRules.LatestDStreak(g.Select(x => (x.Year, x.Grade)))))
            .Where(x => x.Streak is not null).ToList();

        var breaches = (await CommitmentLoader.JudgeAsync(db, db.LandCommitments))
            .Where(j => j.State == CheckState.Breached && j.FirmId is not null).ToList();
        var firmIds = streaks.Select(s => s.Firm).Concat(breaches.Select(b => b.FirmId!.Value)).Distinct().ToList();
        var firms = await db.Enterprises.AsNoTracking().Where(e => firmIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Name, e.OwnerUnitId }).ToDictionaryAsync(e => e.Id);
        var entries = await db.WatchEntries.AsNoTracking().Where(w => firmIds.Contains(w.EnterpriseId))
            .Select(w => new { w.Id, w.EnterpriseId, w.Reason, w.Year }).ToListAsync();
        int? Entry(int firm, WatchReason reason, int year) =>
            entries.FirstOrDefault(w => w.EnterpriseId == firm && w.Reason == reason && w.Year == year)?.Id;

        var list = new List<WatchCandidate>();
        foreach (var (firm, streak) in streaks)
        {
            if (firms.TryGetValue(firm, out var f))
            {
                var (last, length) = streak!.Value;
                list.Add(new(firm, f.Name, f.OwnerUnitId, WatchReason.ConsecutiveD, last, $"{last - length + 1}–{last}年连续{length}年评为D类",
                    Entry(firm, WatchReason.ConsecutiveD, last)));
            }
        }
        foreach (var b in breaches)
        {
            if (firms.TryGetValue(b.FirmId!.Value, out var f))
            {
                var breached = b.Checks.Where(c => c.State == CheckState.Breached).ToList();
                var year = breached.Max(c => c.Year) ?? Common.CityTime.DateOf(db.Time.GetUtcNow()).Year;
                list.Add(new(f.Id, f.Name, f.OwnerUnitId, WatchReason.CommitmentBreach, year, $"{b.Project.Name}：{string.Join("；", breached.Select(c => c.Line))}",
                    Entry(f.Id, WatchReason.CommitmentBreach, year)));
            }
        }
        return [.. list.OrderBy(c => c.EntryId is not null).ThenByDescending(c => c.Year).ThenBy(c => c.FirmName, StringComparer.Ordinal)];
    }
}
