using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The registry's reference data: designation kinds (with how many designations each has) and the
/// national size table. The system administrator edits; the programme office reads.</summary>
[Authorize(Roles = Roles.SystemAdmin + "," + Roles.ProgrammeOffice)]
public sealed class KindsModel(AppDbContext db) : PageModel
{
    public sealed record KindRow(DesignationKind Kind, string? Department, int Designations);

    public IReadOnlyList<KindRow> Kinds { get; private set; } = [];
    public IReadOnlyList<SizeRule> Rules { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var counts = await db.Designations.IgnoreQueryFilters().GroupBy(d => d.KindCode)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count);
        var units = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.Department).ToDictionaryAsync(u => u.Id);
        Kinds = [.. (await db.DesignationKinds.AsNoTracking().OrderBy(k => k.SortOrder).ThenBy(k => k.Code).ToListAsync())
            .Select(k => new KindRow(k, k.GrantingUnitId is { } u && units.TryGetValue(u, out var unit) ? Common.Localization.Texts.Pick(unit.Name, unit.NameEn) : null,
                counts.GetValueOrDefault(k.Code)))];
        Rules = await db.SizeRules.AsNoTracking().OrderBy(r => r.SortOrder).ToListAsync();
    }
}
