using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Text;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>The year's construction key projects in the reader's scope, by project code and by
/// cleaned name: loaded once per file, so matching a row costs a dictionary lookup.</summary>
internal sealed class MonthlyKeys
{
    private readonly Dictionary<string, List<MonthlyKey>> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<MonthlyKey>> _byName = new(StringComparer.Ordinal);

    public static async Task<MonthlyKeys> LoadAsync(AppDbContext db, int year)
    {
        var keys = new MonthlyKeys();
        var rows = db.KeyProjects.AsNoTracking().Where(k => k.Year == year && k.Class == KeyProjectClass.Construction)
            .Select(k => new MonthlyKey(k.Id, k.OwnerUnitId, k.Project!.Name, k.Project.ProjectCode)).AsAsyncEnumerable();
        await foreach (var k in rows)
        {
            if (k.ProjectCode is { } code)
            {
                Add(keys._byCode, code, k);
            }
            Add(keys._byName, TextNormalizer.Clean(k.Name), k);
        }
        return keys;
    }

    /// <summary>The key project a row names: by project code (normalised as every channel does), else by name.</summary>
    public MonthlyKey? Match(ParsedRow r, List<string> problems)
    {
        var code = r.GetString("ProjectCode") is { } typed ? TextNormalizer.Code(typed) : null;
        var name = r.GetString("Name") is { } n ? TextNormalizer.Clean(n) : null;
        if (code is null && name is null)
        {
            problems.Add("请填写「项目名称」或「项目代码」");
            return null;
        }
        var matches = (code is not null ? _byCode.GetValueOrDefault(code) : _byName.GetValueOrDefault(name!)) ?? [];
        if (matches.Count == 1)
        {
            return matches[0];
        }
        problems.Add(matches.Count == 0 ? $"未找到该重点项目：{code ?? name}" : $"项目名称不唯一，请填写项目代码：{name}");
        return null;
    }

    private static void Add(Dictionary<string, List<MonthlyKey>> index, string key, MonthlyKey k)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        list.Add(k);
    }
}
