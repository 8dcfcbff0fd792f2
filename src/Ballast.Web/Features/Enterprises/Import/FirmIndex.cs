using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Finds the firm a sheet row means: by USCC first; by exact name (current or former) only when
/// exactly one firm answers. Firms planned earlier in the same sheet are found too, so a list naming a new
/// firm twice creates it once.</summary>
public sealed class FirmIndex
{
    private readonly Dictionary<string, FirmKey> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<FirmKey>> _byName = new(StringComparer.Ordinal);

    /// <summary>A firm of the registry (Id &gt; 0) or one this sheet will create (Id 0, first named on <see cref="Row"/>).</summary>
    public sealed record FirmKey(int Id, string Name, string? Uscc, int OwnerUnitId, int Row);

    public static async Task<FirmIndex> LoadAsync(AppDbContext db)
    {
        var index = new FirmIndex();
        var firms = await db.Enterprises.IgnoreQueryFilters().AsNoTracking()
            .Select(e => new { e.Id, e.Name, e.Uscc, e.FormerNames, e.OwnerUnitId }).ToListAsync();
        foreach (var f in firms)
        {
            index.Add(new FirmKey(f.Id, f.Name, f.Uscc, f.OwnerUnitId, 0), f.FormerNames);
        }
        return index;
    }

    public void Add(FirmKey firm, string? formerNames = null)
    {
        if (firm.Uscc is { } code)
        {
            _byCode[code] = firm;
        }
        foreach (var name in (formerNames ?? "").Split('；', ';').Append(firm.Name).Select(Normal).Where(n => n.Length > 0).Distinct())
        {
            if (!_byName.TryGetValue(name, out var list))
            {
                _byName[name] = list = [];
            }
            list.Add(firm);
        }
    }

    /// <summary>The firm, or null with the reason in <paramref name="problem"/> (null problem: no such firm yet).</summary>
    public FirmKey? Find(string? uscc, string name, out string? problem)
    {
        problem = null;
        if (uscc is not null && _byCode.TryGetValue(uscc, out var byCode))
        {
            return byCode;
        }
        if (!_byName.TryGetValue(Normal(name), out var named) || named.Count == 0)
        {
            return null;
        }
        if (named.Count > 1)
        {
            problem = "企业名称对应多家企业，请填写统一社会信用代码";
            return null;
        }
        var firm = named[0];
        if (uscc is not null && firm.Uscc is not null && firm.Uscc != uscc)
        {
            problem = $"企业名称与已登记的“{firm.Name}”相同，但统一社会信用代码不同（已登记 {firm.Uscc}）";
            return null;
        }
        return firm;
    }

    /// <summary>Names compare after full-width and space folding, with Chinese and ASCII brackets as one.</summary>
    public static string Normal(string name) =>
        Common.Text.TextNormalizer.ToHalfWidth(name).Replace(" ", "", StringComparison.Ordinal).Trim();
}
