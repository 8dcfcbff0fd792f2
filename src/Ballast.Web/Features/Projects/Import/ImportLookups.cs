using Ballast.Web.Common.Text;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>Turns the names people type in sheets into Ballast's records: 西海岸 / 黄岛区 / 西海岸新区
/// are one district; 集成电路产业链 is the 集成电路 chain. Unknown or ambiguous names are row problems.</summary>
public sealed class ImportLookups
{
    private readonly List<(string Name, Unit Unit)> _units = [];
    private readonly List<Chain> _chains = [];
    private readonly List<Leader> _leaders = [];

    public static async Task<ImportLookups> LoadAsync(AppDbContext db)
    {
        var l = new ImportLookups();
        var regions = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.Name);
        foreach (var u in await db.Units.AsNoTracking().Where(u => u.IsActive && u.Kind != UnitKind.Department).ToListAsync())
        {
            l._units.Add((u.Name, u));
            if (u.RegionCode is { } code && regions.TryGetValue(code, out var region) && u.Kind is UnitKind.District)
            {
                l._units.Add((region, u));
            }
        }
        l._chains.AddRange(await db.Chains.AsNoTracking().ToListAsync());
        l._leaders.AddRange(await db.Leaders.AsNoTracking().ToListAsync());
        return l;
    }

    public Unit? District(string? text, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }
        // Short forms as people write them: 即墨 / 即 墨 区 / 青岛西海岸新区 / 高新区 (= 青岛高新区).
        var t = Short(text);
        var exact = _units.Where(u => Short(u.Name) == t).Select(u => u.Unit).DistinctBy(u => u.Id).ToList();
        var matches = exact.Count > 0 ? exact
            : _units.Where(u => t.Length >= 2 && Short(u.Name).StartsWith(t, StringComparison.Ordinal)).Select(u => u.Unit).DistinctBy(u => u.Id).ToList();
        return One(matches, "区市", text, problems);
    }

    private static string Short(string name)
    {
        var s = TextNormalizer.Code(name);
        foreach (var prefix in new[] { "青岛市", "青岛" })
        {
            if (s.StartsWith(prefix, StringComparison.Ordinal) && s.Length > prefix.Length + 1)
            {
                return s[prefix.Length..];
            }
        }
        return s;
    }

    public Chain? Chain(string? text, List<string> problems)
    {
        if (text is null)
        {
            return null;
        }
        var t = text.Trim();
        foreach (var suffix in new[] { "产业链", "产业" })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal) && t.Length > suffix.Length)
            {
                t = t[..^suffix.Length];
            }
        }
        var matches = _chains.Where(c => c.Name == t || c.Name == text.Trim()).ToList();
        return One(matches, "产业链", text, problems);
    }

    public Leader? Leader(string? text, List<string> problems) =>
        text is null ? null : One([.. _leaders.Where(l => l.Name == text.Trim())], "包抓领导", text, problems);

    private static T? One<T>(List<T> matches, string column, string text, List<string> problems) where T : class
    {
        if (matches.Count == 1)
        {
            return matches[0];
        }
        problems.Add(matches.Count == 0 ? $"「{column}」未找到：{text}" : $"「{column}」不唯一：{text}");
        return null;
    }
}
