using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

/// <summary>The one save path of a chain's map, yearly figures and team: the pages, the API and the demo seeding
/// come here, so the rules and the edit scope (<see cref="ChainAccess"/>) hold on every channel.</summary>
public static partial class ChainSave
{
    /// <summary>Null when the chain does not exist; otherwise whether the caller may change it.</summary>
    public static async Task<bool?> MayEditAsync(AppDbContext db, int chainId)
    {
        if (!await db.Chains.AnyAsync(c => c.Id == chainId))
        {
            return null;
        }
        var units = await db.ChainUnits.Where(u => u.ChainId == chainId).Select(u => u.UnitId).ToListAsync();
        return ChainAccess.CanEdit(db.Scope, units);
    }

    public static async Task<ChainSaveResult> SaveNodeAsync(AppDbContext db, Texts t, int chainId, int? nodeId, NodeInput input, bool isDemo = false)
    {
        if (await GateAsync(db, chainId) is { } refused)
        {
            return refused;
        }
        ChainNode? node = null;
        if (nodeId is { } id && (node = await db.ChainNodes.SingleOrDefaultAsync(n => n.Id == id && n.ChainId == chainId)) is null)
        {
            return ChainSaveResult.NotFound;
        }
        var errors = await NodeRules.CheckAsync(db, t, chainId, nodeId, input);
        if (node is not null && input.Version is null)
        {
            errors.Add((nameof(input.Version), t["请提供读取时的版本号（version）"].Value));
        }
        if (errors.Count > 0)
        {
            return ChainSaveResult.Invalid(errors);
        }
        node ??= db.ChainNodes.Add(new ChainNode { ChainId = chainId, Name = input.Name, IsDemo = isDemo }).Entity;
        input.ApplyTo(node);
        db.Expect(node, input.Version);
        await using var tx = await db.Database.BeginTransactionAsync();
        if (await db.SaveOrConflictAsync() is { } conflict)
        {
            return new ChainSaveResult(ChainSaveOutcome.Conflict, node.Id, Conflict: conflict.For<NodeInput>());
        }
        await SetFirmsAsync(db, node.Id, input.FirmIds);
        await tx.CommitAsync();
        return new ChainSaveResult(ChainSaveOutcome.Saved, node.Id);
    }

    /// <summary>A node with nodes below it is kept: they would lose their place. Its firms go with it; targets
    /// raised from it stay on the list, without the node.</summary>
    public static async Task<ChainSaveResult> DeleteNodeAsync(AppDbContext db, Texts t, int chainId, int nodeId)
    {
        if (await GateAsync(db, chainId) is { } refused)
        {
            return refused;
        }
        var node = await db.ChainNodes.SingleOrDefaultAsync(n => n.Id == nodeId && n.ChainId == chainId);
        if (node is null)
        {
            return ChainSaveResult.NotFound;
        }
        if (await db.ChainNodes.AnyAsync(n => n.ParentId == nodeId))
        {
            return ChainSaveResult.Invalid([("Id", t["该环节下还有下级环节，请先移走或删除下级环节"].Value)]);
        }
        db.ChainNodes.Remove(node);
        await db.SaveChangesAsync();
        return new ChainSaveResult(ChainSaveOutcome.Saved, nodeId);
    }

    public static async Task<ChainSaveResult> SaveYearAsync(AppDbContext db, Texts t, int chainId, int year, ChainYearInput input)
    {
        if (await GateAsync(db, chainId) is { } refused)
        {
            return refused;
        }
        var errors = InputRules.Validate(input, t);
        if (year is < 2000 or > 2100)
        {
            errors.Add(("Year", t["年度须在2000至2100之间"].Value));
        }
        if (input.EnteredOutput is not null && string.IsNullOrWhiteSpace(input.EnteredSource))
        {
            errors.Add((nameof(input.EnteredSource), t["填报产值须注明数据来源"].Value));
        }
        var row = await db.ChainYears.SingleOrDefaultAsync(y => y.ChainId == chainId && y.Year == year);
        if (row is not null && input.Version is null)
        {
            errors.Add((nameof(input.Version), t["请提供读取时的版本号（version）"].Value));
        }
        if (errors.Count > 0)
        {
            return ChainSaveResult.Invalid(errors);
        }
        row ??= db.ChainYears.Add(new ChainYear { ChainId = chainId, Year = year }).Entity;
        input.ApplyTo(row);
        db.Expect(row, input.Version);
        return await db.SaveOrConflictAsync() is { } conflict
            ? new ChainSaveResult(ChainSaveOutcome.Conflict, row.Id, Conflict: conflict.For<ChainYearInput>())
            : new ChainSaveResult(ChainSaveOutcome.Saved, row.Id);
    }

    /// <summary>Refused before any rule runs: an unknown chain, or a caller outside its task force.</summary>
    private static async Task<ChainSaveResult?> GateAsync(AppDbContext db, int chainId) => await MayEditAsync(db, chainId) switch
    {
        null => ChainSaveResult.NotFound,
        false => ChainSaveResult.Forbidden,
        _ => null,
    };

    private static async Task SetFirmsAsync(AppDbContext db, int nodeId, List<int> firmIds)
    {
        var wanted = firmIds.Distinct().ToHashSet();
        var stored = await db.FirmNodes.Where(f => f.ChainNodeId == nodeId).ToListAsync();
        db.FirmNodes.RemoveRange(stored.Where(f => !wanted.Contains(f.EnterpriseId)));
        db.FirmNodes.AddRange(wanted.Except(stored.Select(f => f.EnterpriseId)).Select(e => new FirmNode { ChainNodeId = nodeId, EnterpriseId = e }));
        await db.SaveChangesAsync();
    }
}
