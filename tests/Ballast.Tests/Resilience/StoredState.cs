using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Resilience;

/// <summary>What the writes under test could change: row counts, the edited records and the audit
/// chain's head. Equal before and after a refused write means nothing was half-written.</summary>
public sealed record StoredState(int Projects, int Reports, int Targets, int Sessions, long AuditEntries, long HeadSeq, string HeadHash,
    string Project, string? Report)
{
    public static async Task<StoredState> ReadAsync(AppDbContext db, int projectId, int keyProjectId)
    {
        var head = await db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == 1);
        var project = await db.Projects.AsNoTracking().Where(p => p.Id == projectId)
            .Select(p => $"{p.TotalInvestment}|{p.ConstructionContent}|{p.Version}").SingleAsync();
        var report = await db.MonthlyReports.AsNoTracking().Where(r => r.KeyProjectId == keyProjectId)
            .Select(r => $"{r.Completed}|{r.PhysicalProgress}|{r.State}|{r.Version}").SingleOrDefaultAsync();
        return new StoredState(
            await db.Projects.IgnoreQueryFilters().CountAsync(), await db.MonthlyReports.IgnoreQueryFilters().CountAsync(),
            await db.AttractionTargets.IgnoreQueryFilters().CountAsync(), await db.UserSessions.CountAsync(),
            await db.AuditEntries.LongCountAsync(), head.LastSeq, head.LastHash, project, report);
    }
}
