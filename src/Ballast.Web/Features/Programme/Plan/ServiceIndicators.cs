using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Services;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>The new-services indicators counted from designations and buildings. Cumulative counts take what
/// was granted up to the year and is still valid at its end; "new" counts take what was granted in the year.</summary>
public sealed class ServiceIndicators(AppDbContext db)
{
    /// <summary>Designations of a kind at a level or above: granted in the year, or up to it and valid at its end.
    /// A subject designated again in a later year is one subject.</summary>
    public async Task<ComputedValue> DesignationsAsync(string kind, int year, bool cumulative, DesignationLevel minimum, string link)
    {
        var yearEnd = new DateOnly(year, 12, 31);
        // Levels are stored by name, so "or above" is a set, not a comparison.
        var levels = Enum.GetValues<DesignationLevel>().Where(l => l >= minimum).ToList();
        var q = db.Designations.AsNoTracking().Where(d => d.KindCode == kind && levels.Contains(d.Level));
        q = cumulative ? q.Where(d => d.Year <= year && (d.ExpiresOn == null || d.ExpiresOn >= yearEnd)) : q.Where(d => d.Year == year);
        var subjects = await q.Select(d => new { d.EnterpriseId, d.SubjectName }).Distinct().ToListAsync();
        var count = subjects.Select(s => s.EnterpriseId is { } id ? $"#{id}" : s.SubjectName?.Trim() ?? "").Distinct().Count();
        return new(count, link, null);
    }

    /// <summary>Recognised specialty buildings, cumulative to the year.</summary>
    public async Task<ComputedValue> SpecialtyBuildingsAsync(int year) => new(
        await db.Buildings.AsNoTracking().CountAsync(b => b.SpecialtyYear != null && b.SpecialtyYear <= year),
        $"/Buildings?Year={year}&Specialty=true", null);

    /// <summary>Buildings whose tax for the year (firms' sum, or entered) is at least 1 亿元.</summary>
    public async Task<ComputedValue> TaxBuildingsAsync(int year) => new(
        (await BuildingTaxes.ForYearAsync(db, year)).Values.Count(x => x.IsOverYi),
        $"/Buildings?Year={year}&OverYi=true", null);
}
