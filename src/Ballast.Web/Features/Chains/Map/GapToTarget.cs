using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Lists;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

/// <summary>Turns a firm worth attracting to a weak or missing node into an entry of the "to attract" list,
/// through the list's own save, carrying the chain and the node. Raising the same firm for the same node and year
/// twice gives the entry already there.</summary>
public static class GapToTarget
{
    public static async Task<ChainSaveResult> RaiseAsync(AppDbContext db, Texts t, int chainId, int nodeId, string? firm, int year)
    {
        if (await ChainSave.MayEditAsync(db, chainId) is not { } may)
        {
            return ChainSaveResult.NotFound;
        }
        var node = await db.ChainNodes.AsNoTracking().SingleOrDefaultAsync(n => n.Id == nodeId && n.ChainId == chainId);
        if (node is null)
        {
            return ChainSaveResult.NotFound;
        }
        if (!may)
        {
            return ChainSaveResult.Forbidden;
        }
        var name = firm?.Trim() ?? "";
        if (name.Length == 0)
        {
            return ChainSaveResult.Invalid([("Firm", t["请填写目标企业名称"].Value)]);
        }
        if (await StatusAsync(db, node) == NodeStatus.Strong)
        {
            return ChainSaveResult.Invalid([("NodeId", t["该环节已判为强，不是招引缺口"].Value)]);
        }
        var existing = await db.AttractionTargets.Where(x => x.ChainNodeId == nodeId && x.Year == year && x.Name == name)
            .Select(x => (int?)x.Id).FirstOrDefaultAsync();
        if (existing is { } id)
        {
            return new ChainSaveResult(ChainSaveOutcome.Saved, id);
        }
        var input = new TargetInput
        {
            Year = year, Name = name, ChainId = chainId, OwnerUnitId = await OwnerAsync(db, chainId),
            Note = t["产业链图谱缺口：{0}（{1}）", node.Name, t[NodeHint.SegmentName(node.Segment)].Value].Value,
        };
        var saved = await TargetSave.AddAsync(db, t, input, nodeId);
        return saved.Target is { } target ? new ChainSaveResult(ChainSaveOutcome.Saved, target.Id)
            : saved.Forbidden ? ChainSaveResult.Forbidden
            : ChainSaveResult.Invalid(saved.Errors);
    }

    /// <summary>The task force's judgement, or the hint from the node's firms where it has not judged.</summary>
    private static async Task<NodeStatus> StatusAsync(AppDbContext db, ChainNode node)
    {
        if (node.Status is { } s)
        {
            return s;
        }
        var firms = await db.FirmNodes.CountAsync(f => f.ChainNodeId == node.Id);
        return NodeHint.Of(firms, null);
    }

    /// <summary>The task force unit that works the target: the lead department when the caller may write for it,
    /// else the first task force unit the caller writes for, else the caller's own unit.</summary>
    private static async Task<int> OwnerAsync(AppDbContext db, int chainId)
    {
        var units = await db.ChainUnits.Where(u => u.ChainId == chainId).OrderByDescending(u => u.IsLead).ThenBy(u => u.UnitId)
            .Select(u => u.UnitId).ToListAsync();
        foreach (var u in units.Where(db.Scope.CanWrite))
        {
            return u;
        }
        var userId = db.Scope.UserId ?? 0;
        return await db.Users.Where(u => u.Id == userId).Select(u => u.UnitId).FirstOrDefaultAsync();
    }
}
