using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Chains;

/// <summary>The checks a node must pass beyond its annotations, the same for every channel: a known segment and
/// status, a unique name in the chain, a parent in the same chain and segment that is not the node or below it,
/// and firms that exist.</summary>
public static class NodeRules
{
    public static async Task<List<(string Field, string Message)>> CheckAsync(AppDbContext db, Texts t, int chainId, int? nodeId, NodeInput input)
    {
        var errors = InputRules.Validate(input, t);
        if (!Enum.IsDefined(input.Segment))
        {
            errors.Add((nameof(input.Segment), t["请选择上游、中游或下游"].Value));
        }
        if (input.Status is { } s && !Enum.IsDefined(s))
        {
            errors.Add((nameof(input.Status), t["请选择强、弱或缺"].Value));
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var name = input.Name.Trim();
        if (await db.ChainNodes.AnyAsync(n => n.ChainId == chainId && n.Name == name && n.Id != (nodeId ?? 0)))
        {
            errors.Add((nameof(input.Name), t["本产业链已有同名环节"].Value));
        }
        if (input.ParentId is { } parentId && await ParentProblemAsync(db, t, chainId, nodeId, parentId, input.Segment) is { } problem)
        {
            errors.Add((nameof(input.ParentId), problem));
        }
        var firms = input.FirmIds.Distinct().ToList();
        if (firms.Count > 500)
        {
            errors.Add((nameof(input.FirmIds), t["一个环节最多500家企业"].Value));
        }
        else if (firms.Count > 0)
        {
            // Firms are read city-wide: a task force places any firm of the city on its chain.
            using var _ = db.Scope.ReadingCityWide();
            if (await db.Enterprises.CountAsync(e => firms.Contains(e.Id)) != firms.Count)
            {
                errors.Add((nameof(input.FirmIds), t["所选企业不存在"].Value));
            }
        }
        return errors;
    }

    private static async Task<string?> ParentProblemAsync(AppDbContext db, Texts t, int chainId, int? nodeId, int parentId, ChainSegment segment)
    {
        var nodes = await db.ChainNodes.AsNoTracking().Where(n => n.ChainId == chainId)
            .Select(n => new { n.Id, n.ParentId, n.Segment }).ToDictionaryAsync(n => n.Id);
        if (!nodes.TryGetValue(parentId, out var parent))
        {
            return t["上级环节不在本产业链"].Value;
        }
        if (parent.Segment != segment)
        {
            return t["上级环节须在同一链条位置（上游、中游或下游）"].Value;
        }
        // Walking up from the parent must not reach the node itself (a loop).
        for (int? at = parentId, steps = 0; at is { } a && steps <= nodes.Count; at = nodes.GetValueOrDefault(a)?.ParentId, steps++)
        {
            if (a == nodeId)
            {
                return t["不能把环节移到它自己或它的下级之下"].Value;
            }
        }
        return null;
    }
}
