using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>The district (or functional area) a unit belongs to: a sub-district's building and its district's
/// firms are one district's. A unit above or outside every district stands for itself.</summary>
public sealed class Districts
{
    private readonly Dictionary<int, (int? Parent, UnitKind Kind)> _units;

    private Districts(Dictionary<int, (int? Parent, UnitKind Kind)> units) => _units = units;

    public static async Task<Districts> LoadAsync(AppDbContext db) => new(await db.Units.AsNoTracking()
        .Select(u => new { u.Id, u.ParentId, u.Kind }).ToDictionaryAsync(u => u.Id, u => (u.ParentId, u.Kind)));

    public int Of(int unitId)
    {
        for (int? at = unitId, hops = 0; at is { } id && hops < 16 && _units.TryGetValue(id, out var u); at = u.Parent, hops++)
        {
            if (u.Kind is UnitKind.District or UnitKind.FunctionalArea)
            {
                return id;
            }
        }
        return unitId;
    }

    /// <summary>Every unit whose district is <paramref name="district"/>.</summary>
    public List<int> UnitsOf(int district) => _units.Keys.Where(id => Of(id) == district).ToList();
}
