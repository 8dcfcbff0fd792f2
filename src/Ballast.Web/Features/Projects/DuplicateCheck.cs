using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects;

/// <summary>Finds records that may be the same project entered twice — the same investor USCC, or a
/// near-identical name — across every district, since that is where duplicates come from. Only
/// the name and the owning unit are shown across the scope line.</summary>
public static class DuplicateCheck
{
    public static async Task<List<PossibleDuplicate>> FindAsync(AppDbContext db, int? selfId, string name, string? uscc)
    {
        var key = Normalise(name);
        var stem = key.Length >= 4 ? key[..4] : key;
        var all = db.Projects.IgnoreQueryFilters().AsNoTracking().Where(p => p.MergedIntoId == null && p.Id != (selfId ?? 0));
        var candidates = await all
            .Where(p => (uscc != null && p.InvestorUscc == uscc && p.ExpansionOfId == null) || p.Name.Contains(stem))
            .Select(p => new { p.Id, p.Name, p.InvestorUscc, p.ExpansionOfId, Unit = p.OwnerUnit!.Name })
            .Take(200).ToListAsync();
        var found = new List<PossibleDuplicate>();
        foreach (var c in candidates)
        {
            if (uscc is not null && c.InvestorUscc == uscc && c.ExpansionOfId == null)
            {
                found.Add(new PossibleDuplicate(c.Id, c.Name, c.Unit, "投资方统一社会信用代码相同"));
            }
            else if (Similarity(key, Normalise(c.Name)) >= 0.85)
            {
                found.Add(new PossibleDuplicate(c.Id, c.Name, c.Unit, "项目名称高度相似"));
            }
        }
        return found;
    }

    /// <summary>Drops what differs between two spellings of one project: spaces, punctuation, the
    /// demo marker, and the words every project name carries.</summary>
    public static string Normalise(string name)
    {
        var s = Common.Text.TextNormalizer.ToHalfWidth(name);
        foreach (var word in new[] { "（演示）", "(演示)", "项目", "有限公司", "股份", "青岛市", "青岛" })
        {
            s = s.Replace(word, "", StringComparison.Ordinal);
        }
        return new string([.. s.Where(char.IsLetterOrDigit)]).ToUpperInvariant();
    }

    /// <summary>Dice coefficient over character bigrams: 1 for equal strings, 0 for nothing shared.</summary>
    public static double Similarity(string a, string b)
    {
        if (a == b)
        {
            return 1;
        }
        if (a.Length < 2 || b.Length < 2)
        {
            return 0;
        }
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < a.Length - 1; i++)
        {
            var g = a.Substring(i, 2);
            grams[g] = grams.GetValueOrDefault(g) + 1;
        }
        var shared = 0;
        for (var i = 0; i < b.Length - 1; i++)
        {
            var g = b.Substring(i, 2);
            if (grams.GetValueOrDefault(g) > 0)
            {
                grams[g]--;
                shared++;
            }
        }
        return 2.0 * shared / (a.Length - 1 + b.Length - 1);
    }
}
