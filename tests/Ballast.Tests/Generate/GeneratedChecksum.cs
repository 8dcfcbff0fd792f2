using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Generate;

/// <summary>A hash of the generated records' key fields, in id order: equal hashes, equal portfolios.</summary>
public static class GeneratedChecksum
{
    public static async Task<string> OfAsync(AppDbContext db)
    {
        var text = new StringBuilder();
        foreach (var p in await db.Projects.AsNoTracking().OrderBy(p => p.Id).ToListAsync())
        {
            text.AppendLine(Invariant($"P|{p.Id}|{p.Name}|{p.OwnerUnitId}|{p.ChainId}|{p.LeaderId}|{p.Stage}|{Amount(p.TotalInvestment)}|")
                + Invariant($"{p.ProjectCode}|{p.InvestorUscc}|{p.SignedOn}|{p.StartedOn}|{p.OperatingOn}|{p.Origin}|{p.CreatedOn}"));
        }
        foreach (var c in await db.ProjectStageChanges.AsNoTracking().OrderBy(c => c.Id).ToListAsync())
        {
            text.AppendLine(Invariant($"S|{c.ProjectId}|{c.FromStage}|{c.ToStage}|{c.On}"));
        }
        foreach (var k in await db.KeyProjects.AsNoTracking().OrderBy(k => k.Id).ToListAsync())
        {
            text.AppendLine(Invariant($"K|{k.ProjectId}|{k.Year}|{k.Class}|{Amount(k.PlannedInvestment ?? -1m)}"));
        }
        foreach (var r in await db.MonthlyReports.AsNoTracking().OrderBy(r => r.Id).ToListAsync())
        {
            text.AppendLine(Invariant($"R|{r.KeyProjectId}|{r.PeriodId}|{Amount(r.Completed)}|{r.State}|{r.SubmittedAt:O}|{r.SubmittedLate}"));
        }
        foreach (var p in await db.Problems.AsNoTracking().OrderBy(p => p.Id).ToListAsync())
        {
            text.AppendLine(Invariant($"Q|{p.ProjectId}|{p.Title}|{p.State}|{p.RaisedOn}|{p.DueOn}|{p.AssignedUnitId}"));
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static string Amount(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);

    private static string Invariant(FormattableString s) => FormattableString.Invariant(s);
}
