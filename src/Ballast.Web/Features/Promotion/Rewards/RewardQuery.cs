using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>The cases a user sees: their read scope, and the cases their unit is asked to confirm.</summary>
public static class RewardQuery
{
    public sealed record Filter(int? Year = null, RewardState? State = null, int? UnitId = null, int? Id = null);

    public static IQueryable<ReferralReward> Visible(AppDbContext db, UserScope scope)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(scope);
        var all = scope.ReadsAll;
        var units = scope.UnitIds.ToList();
        return db.ReferralRewards.IgnoreQueryFilters()
            .Where(r => all || units.Contains(r.OwnerUnitId) || r.Confirmations.Any(c => units.Contains(c.UnitId)));
    }

    public static async Task<List<RewardRow>> RowsAsync(AppDbContext db, UserScope scope, Filter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var q = Visible(db, scope);
        if (filter.Year is { } year)
        {
            q = q.Where(r => r.Rule!.Year == year);
        }
        if (filter.Id is { } id)
        {
            q = q.Where(r => r.Id == id);
        }
        if (filter.State is { } state)
        {
            q = q.Where(r => r.State == state);
        }
        if (filter.UnitId is { } unit)
        {
            q = q.Where(r => r.OwnerUnitId == unit);
        }
        var rows = await q.OrderByDescending(r => r.Rule!.Year).ThenBy(r => r.Id).Select(r => new RewardRow(r.Id, r.ProjectId, r.Project!.Name,
                r.OwnerUnitId, db.Units.Where(u => u.Id == r.OwnerUnitId).Select(u => u.Name).First(), r.Project.SignedOn, r.Project.ReferrerName,
                r.Project.ReferrerKind, r.Project.ReferrerRegisteredOn, r.ReferrerCategory, r.ReferrerIdNumber, r.Rule!.Year, r.State, r.FormedWan,
                r.RewardWan, r.NoticeTo, r.PaidWan, r.PaidOn, r.RefusalReason, r.IsDemo, r.Version))
            .AsNoTracking().ToListAsync();
        return [.. rows.Select(r => r with { ReferrerIdNumber = RewardPrivacy.Shown(r.ReferrerIdNumber, r.OwnerUnitId, scope) })];
    }
}
