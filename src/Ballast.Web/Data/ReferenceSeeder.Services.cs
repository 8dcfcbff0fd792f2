using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

public static partial class ReferenceSeeder
{
    /// <summary>Indicators that were reported by hand until the registry and the buildings could compute them.</summary>
    private static readonly string[] NowComputed = ["emerging-growth", "innovation-centres", "service-clusters"];

    /// <summary>Databases seeded before these rules existed get them on start: only a seeded indicator (its code
    /// is the rule's name) still without a rule is changed, so it runs once in effect and touches nothing else.
    /// Submitted values stay stored; the plan simply reads the computed value instead.</summary>
    private static async Task ComputeServiceIndicatorsAsync(AppDbContext db, CancellationToken ct)
    {
        var pending = await db.Indicators.Where(i => NowComputed.Contains(i.Code) && i.ComputedRule == null).ToListAsync(ct);
        foreach (var indicator in pending)
        {
            indicator.ComputedRule = indicator.Code;
        }
        if (pending.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }
    }
}
