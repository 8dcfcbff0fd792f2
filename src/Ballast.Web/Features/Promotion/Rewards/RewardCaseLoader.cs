using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

public static class RewardCaseLoader
{
    public static async Task<RewardCase?> LoadAsync(AppDbContext db, UserScope scope, int id)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var reward = await RewardQuery.Visible(db, scope).AsNoTracking().Include(r => r.Project).Include(r => r.Rule).Include(r => r.Confirmations)
            .SingleOrDefaultAsync(r => r.Id == id);
        if (reward is null)
        {
            return null;
        }
        var unitIds = reward.Confirmations.Select(c => c.UnitId).Append(reward.OwnerUnitId).ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name);
        var policy = reward.Rule!.PolicyId is { } pid
            ? await db.Policies.IgnoreQueryFilters().AsNoTracking().Where(p => p.Id == pid).Select(p => new { p.Code, p.Title }).SingleOrDefaultAsync()
            : null;
        var lines = reward.Confirmations.OrderBy(c => c.Id).Select(c => new ConfirmationLine(c.UnitId, units.GetValueOrDefault(c.UnitId, "—"), c.Agreed,
            c.Note, c.ByUser, c.At, scope.WritesBusiness && scope.UnitIds.Contains(c.UnitId))).ToList();
        return new RewardCase(reward, reward.Project!, units.GetValueOrDefault(reward.OwnerUnitId, "—"), reward.Rule, policy?.Code, policy?.Title, lines,
            await FormedOffers.ForAsync(db, reward.ProjectId), RewardPrivacy.Shown(reward.ReferrerIdNumber, reward.OwnerUnitId, scope));
    }
}
