using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

public static partial class ChainSave
{
    /// <summary>Replaces the chain's chief, vice chiefs, task force and masters with the ones given.</summary>
    public static async Task<ChainSaveResult> SaveTeamAsync(AppDbContext db, Texts t, int chainId, TeamInput input)
    {
        if (await GateAsync(db, chainId) is { } refused)
        {
            return refused;
        }
        var errors = new List<(string Field, string Message)>();
        var leaders = input.ViceLeaderIds.Append(input.ChiefLeaderId ?? 0).Where(i => i > 0).Distinct().ToList();
        if (await db.Leaders.CountAsync(l => leaders.Contains(l.Id)) != leaders.Count)
        {
            errors.Add((nameof(input.ViceLeaderIds), t["所选市领导不存在"].Value));
        }
        var units = input.UnitIds.Append(input.LeadUnitId ?? 0).Where(i => i > 0).Distinct().ToList();
        if (await db.Units.CountAsync(u => units.Contains(u.Id)) != units.Count)
        {
            errors.Add((nameof(input.UnitIds), t["所选单位不存在"].Value));
        }
        var masters = input.MasterIds.Distinct().ToList();
        using (db.Scope.ReadingCityWide())
        {
            if (await db.Enterprises.CountAsync(e => masters.Contains(e.Id)) != masters.Count)
            {
                errors.Add((nameof(input.MasterIds), t["所选企业不存在"].Value));
            }
        }
        if (errors.Count > 0)
        {
            return ChainSaveResult.Invalid(errors);
        }
        db.ChainLeaders.RemoveRange(await db.ChainLeaders.Where(l => l.ChainId == chainId).ToListAsync());
        db.ChainUnits.RemoveRange(await db.ChainUnits.Where(u => u.ChainId == chainId).ToListAsync());
        db.ChainMasters.RemoveRange(await db.ChainMasters.Where(m => m.ChainId == chainId).ToListAsync());
        await db.SaveChangesAsync();
        db.ChainLeaders.AddRange(leaders.Select(l => new ChainLeader { ChainId = chainId, LeaderId = l, IsChief = l == input.ChiefLeaderId }));
        db.ChainUnits.AddRange(units.Select(u => new ChainUnit { ChainId = chainId, UnitId = u, IsLead = u == input.LeadUnitId }));
        db.ChainMasters.AddRange(masters.Select(m => new ChainMaster { ChainId = chainId, EnterpriseId = m }));
        await db.SaveChangesAsync();
        return new ChainSaveResult(ChainSaveOutcome.Saved, chainId);
    }
}
