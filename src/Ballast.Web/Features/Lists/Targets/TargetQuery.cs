using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Lists;

/// <summary>The list of targets to attract: filters in the URL, one query for page, export and API.</summary>
public sealed class TargetQuery
{
    [FromQuery] public int? Year { get; set; }
    [FromQuery] public int? Chain { get; set; }
    [FromQuery] public string? Country { get; set; }
    [FromQuery] public int? District { get; set; }

    /// <param name="id">One target only (the API's answer to a write).</param>
    public async Task<IQueryable<TargetRow>> ApplyAsync(AppDbContext db, int year, int? id = null)
    {
        var q = db.AttractionTargets.AsNoTracking().Where(t => t.Year == year);
        if (id is { } only) { q = q.Where(t => t.Id == only); }
        if (Chain is { } chain) { q = q.Where(t => t.ChainId == chain); }
        if (!string.IsNullOrWhiteSpace(Country))
        {
            var country = Country.Trim();
            q = q.Where(t => t.Country == country);
        }
        if (District is { } district)
        {
            var units = await ListChoices.WithDescendantsAsync(db, district);
            q = q.Where(t => units.Contains(t.OwnerUnitId));
        }
        return q.OrderByDescending(t => (double?)t.ExpectedInvestment).ThenBy(t => t.Name).ThenBy(t => t.Id)
            .Select(t => new TargetRow(t.Id, t.Year, t.Name, t.Country, t.ChainId, t.Chain!.Name, t.Chain.NameEn,
                t.ExpectedInvestment, t.OwnerUnitId, t.OwnerUnit!.Name, t.OwnerUnit.NameEn, t.Note, t.ProjectId, t.Version));
    }
}
