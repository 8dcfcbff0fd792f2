using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The city the public pages speak for: the organisation's city unit, in the reader's language.</summary>
public static class PublicCity
{
    public static async Task<string> NameAsync(AppDbContext db)
    {
        var city = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.City)
            .OrderBy(u => u.Id).Select(u => new { u.Name, u.NameEn }).FirstOrDefaultAsync();
        return city is null ? "" : Texts.Pick(city.Name, city.NameEn);
    }
}
