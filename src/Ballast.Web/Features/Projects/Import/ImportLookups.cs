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

    /// <summary>Each distinct text is resolved once per file: a sheet repeats a handful of names on every row.</summary>
    private readonly Dictionary<(string Column, string Text), (object? Found, string? Problem)> _resolved = [];

    public Unit? District(string? text, List<string> problems) => District(text, "区市", problems);

    /// <summary>A district, functional area or park by its name, refused under <paramref name="column"/>.</summary>
    public Unit? District(string? text, string column, List<string> problems) => Resolve(column, text, problems, t => FindDistrict(t, column));

    public Chain? Chain(string? text, List<string> problems) => Resolve("产业链", text, problems, FindChain);

    public Leader? Leader(string? text, List<string> problems) =>
        Resolve("包抓领导", text, problems, t => One([.. _leaders.Where(l => l.Name == t.Trim())], "包抓领导", t));

    private T? Resolve<T>(string column, string? text, List<string> problems, Func<string, (T?, string?)> find) where T : class
    {
        if (text is null)
        {
            return null;
        }
        if (!_resolved.TryGetValue((column, text), out var answer))
        {
            answer = find(text);
            _resolved[(column, text)] = answer;
        }
        if (answer.Problem is { } problem)
        {
            problems.Add(problem);
        }
        return (T?)answer.Found;
    }

    private (Unit?, string?) FindDistrict(string text, string column)
    {
        // Short forms as people write them: 即墨 / 即 墨 区 / 青岛西海岸新区 / 高新区 (= 青岛高新区).
        var t = Short(text);
        var exact = _units.Where(u => Short(u.Name) == t).Select(u => u.Unit).DistinctBy(u => u.Id).ToList();
        var matches = exact.Count > 0 ? exact
            : _units.Where(u => t.Length >= 2 && Short(u.Name).StartsWith(t, StringComparison.Ordinal)).Select(u => u.Unit).DistinctBy(u => u.Id).ToList();
        return One(matches, column, text);
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

    private (Chain?, string?) FindChain(string text)
    {
        var t = text.Trim();
        foreach (var suffix in new[] { "产业链", "产业" })
        {
            if (t.EndsWith(suffix, StringComparison.Ordinal) && t.Length > suffix.Length)
            {
                t = t[..^suffix.Length];
            }
        }
        var matches = _chains.Where(c => c.Name == t || c.Name == text.Trim()).ToList();
        return One(matches, "产业链", text);
    }

    private static (T?, string?) One<T>(List<T> matches, string column, string text) where T : class =>
        matches.Count == 1 ? (matches[0], null)
            : (null, matches.Count == 0 ? $"「{column}」未找到：{text}" : $"「{column}」不唯一：{text}");
}
