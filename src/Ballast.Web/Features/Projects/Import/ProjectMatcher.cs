using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>
/// Finds the projects a file's rows name, as the database stood when the import began: by project
/// code in any unit, else by name within the row's unit. The rows of a batch are looked up together,
/// in two queries through the ProjectCode and (OwnerUnitId, Name) indexes, so the cost follows the
/// file and not the size of the database. Projects this import created are never matched; a project
/// an earlier row already updates belongs to that row, so another row naming it (by either key, as
/// they stood before the import) is the same project.
/// </summary>
internal sealed class ProjectMatcher(AppDbContext db, UserScope scope, int year, bool track, int lastIdBefore)
{
    private readonly Dictionary<int, int> _claimedIds = [];
    private readonly Dictionary<string, int> _claimedCodes = new(StringComparer.Ordinal);
    private readonly Dictionary<(int, string), int> _claimedNames = [];
    private Dictionary<string, Project> _byCode = [];
    private Dictionary<(int, string), Project> _byName = [];
    private Dictionary<int, KeyProject> _keys = [];

    /// <param name="track">Load entities to change (with their stage history and the year's listing), or only to read.</param>
    public static async Task<ProjectMatcher> StartAsync(AppDbContext db, UserScope scope, int year, bool track) =>
        new(db, scope, year, track, await db.Projects.IgnoreQueryFilters().MaxAsync(p => (int?)p.Id) ?? 0);

    /// <summary>Loads the candidates for one batch's rows, replacing the previous batch's.</summary>
    public async Task LoadAsync(IReadOnlyCollection<(string? Code, int Unit, string Name)> rows)
    {
        var codes = rows.Select(r => r.Code).OfType<string>().Distinct().ToList();
        var units = rows.Select(r => r.Unit).Distinct().ToList();
        var names = rows.Select(r => r.Name).Distinct().ToList();
        var byCode = codes.Count == 0 ? []
            : await Load(db.Projects.IgnoreQueryFilters()).Where(p => p.ProjectCode != null && codes.Contains(p.ProjectCode)).ToListAsync();
        var byName = names.Count == 0 ? []
            : await Load(db.Projects).Where(p => p.MergedIntoId == null && units.Contains(p.OwnerUnitId) && names.Contains(p.Name)).ToListAsync();
        _byCode = byCode.ToDictionary(p => p.ProjectCode!, StringComparer.Ordinal);
        // Several projects of one name in a unit: the oldest not yet taken is the one meant.
        _byName = byName.Where(p => !_claimedIds.ContainsKey(p.Id)).GroupBy(p => (p.OwnerUnitId, p.Name)).ToDictionary(g => g.Key, g => g.MinBy(p => p.Id)!);
        var ids = byCode.Concat(byName).Select(p => p.Id).Distinct().ToList();
        _keys = !track || ids.Count == 0 ? []
            : await db.KeyProjects.Where(k => k.Year == year && ids.Contains(k.ProjectId)).ToDictionaryAsync(k => k.ProjectId);
    }

    /// <summary>The project a row updates, or null to create one; a reason in <paramref name="problems"/> when neither.</summary>
    public Project? Find(string? code, int unit, string name, List<string> problems)
    {
        if (code is not null)
        {
            if (_claimedCodes.TryGetValue(code, out var row))
            {
                problems.Add($"与第 {row} 行是同一项目");
                return null;
            }
            if (_byCode.GetValueOrDefault(code) is { } byCode && !_claimedIds.ContainsKey(byCode.Id))
            {
                if (!scope.CanWrite(byCode.OwnerUnitId))
                {
                    problems.Add("项目代码已被其他单位的项目使用");
                    return null;
                }
                return byCode;
            }
        }
        if (_claimedNames.TryGetValue((unit, name), out var first))
        {
            problems.Add($"与第 {first} 行是同一项目");
            return null;
        }
        return _byName.GetValueOrDefault((unit, name)) is { } byName && !_claimedIds.ContainsKey(byName.Id) ? byName : null;
    }

    /// <summary>The row will update the project: its keys as they stand now are the row's.</summary>
    public void Claim(int rowNumber, Project project)
    {
        _claimedIds[project.Id] = rowNumber;
        _claimedNames.TryAdd((project.OwnerUnitId, project.Name), rowNumber);
        if (project.ProjectCode is { } code)
        {
            _claimedCodes.TryAdd(code, rowNumber);
        }
    }

    /// <summary>The project's place on the year's list, when it has one (loaded only to change).</summary>
    public KeyProject? KeyOf(int projectId) => _keys.GetValueOrDefault(projectId);

    private IQueryable<Project> Load(IQueryable<Project> projects) =>
        (track ? projects.Include(p => p.StageChanges) : projects.AsNoTracking()).Where(p => p.Id <= lastIdBefore);
}
