using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Lists;

/// <summary>The carriers on offer: filters in the URL, one query for page, export and API.
/// Carriers are not tied to a programme year: land and buildings stay on offer until taken.</summary>
public sealed class CarrierQuery
{
    [FromQuery] public CarrierKind? Kind { get; set; }
    [FromQuery] public CarrierAvailability? Availability { get; set; }
    [FromQuery] public int? District { get; set; }
    [FromQuery] public int? Park { get; set; }

    /// <param name="id">One carrier only (the API's answer to a write).</param>
    public async Task<IQueryable<CarrierRow>> ApplyAsync(AppDbContext db, int? id = null)
    {
        var q = db.Carriers.AsNoTracking();
        if (id is { } only) { q = q.Where(c => c.Id == only); }
        if (Kind is { } kind) { q = q.Where(c => c.Kind == kind); }
        if (Availability is { } availability) { q = q.Where(c => c.Availability == availability); }
        if (Park is { } park) { q = q.Where(c => c.ParkUnitId == park); }
        if (District is { } district)
        {
            var units = await ListChoices.WithDescendantsAsync(db, district);
            q = q.Where(c => units.Contains(c.OwnerUnitId));
        }
        // Land first, then buildings, then factories (the kind is stored as text, so not by its value).
        return q.OrderBy(c => c.Kind == CarrierKind.Land ? 0 : c.Kind == CarrierKind.Building ? 1 : 2).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new CarrierRow(c.Id, c.Name, c.Kind, c.Location, c.OwnerUnitId, c.OwnerUnit!.Name, c.OwnerUnit.NameEn,
                c.ParkUnitId, db.Units.Where(u => u.Id == c.ParkUnitId).Select(u => u.Name).FirstOrDefault(),
                db.Units.Where(u => u.Id == c.ParkUnitId).Select(u => u.NameEn).FirstOrDefault(),
                c.AreaMu, c.AreaSquareMetres, c.Availability, c.AvailableFrom, c.Contact, c.Note, c.Version));
    }
}
