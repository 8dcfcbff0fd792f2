using Ballast.Web.Common;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data.Generate;

/// <summary>Loads <see cref="GeneratorReference"/>: leaders are created when there are none, and each
/// month of the years that has ended gets its reporting period through the dispatch's own service —
/// the latest left open, the others closed. Existing periods are kept as they are.</summary>
internal static class ReferenceLoader
{
    public static async Task<GeneratorReference> LoadAsync(AppDbContext db, DispatchService dispatch, GenerateOptions o)
    {
        var now = db.Time.GetUtcNow();
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.SortOrder).ToListAsync();
        if (!await db.Leaders.AnyAsync())
        {
            db.Leaders.AddRange(Enumerable.Range(1, o.Scale.Leaders).Select(i => new Leader
            {
                Name = $"市领导 {i:00}", Title = i <= o.Scale.Leaders / 4 ? "副市长" : "市政府党组成员", SortOrder = i,
            }));
            await db.SaveChangesAsync();
        }
        var periods = await PeriodsAsync(db, dispatch, o, CityTime.DateOf(now));
        var divisions = await db.IndustryDivisions.AsNoTracking().Where(d => d.SectionCode == "C").OrderBy(d => d.Code).ToListAsync();
        var reference = new GeneratorReference
        {
            CityName = units.FirstOrDefault(u => u.Kind == UnitKind.City)?.Name.TrimEnd('市') ?? "",
            Districts = Require(units.Where(u => u.Kind == UnitKind.District).ToList(), "district"),
            Departments = Require(units.Where(u => u.Kind == UnitKind.Department).ToList(), "department"),
            Parks = units.Where(u => u.Kind == UnitKind.Park).ToList(),
            Chains = Require(await db.Chains.AsNoTracking().Where(c => !c.IsPlaceholder).OrderBy(c => c.SortOrder).ToListAsync(), "chain"),
            Divisions = Require(divisions, "manufacturing industry division"),
            Areas = await db.EmergingAreas.AsNoTracking().OrderBy(a => a.Code).ToListAsync(),
            Leaders = await db.Leaders.AsNoTracking().OrderBy(l => l.SortOrder).ThenBy(l => l.Id).ToListAsync(),
            Periods = periods,
            Now = now,
        };
        db.ChangeTracker.Clear();
        return reference;
    }

    /// <summary>The last month of <paramref name="year"/> that has ended by <paramref name="today"/> (2 to 12), or null.</summary>
    public static int? LastMonth(int year, DateOnly today) =>
        year < today.Year ? 12 : year == today.Year && today.Month > 2 ? today.Month - 1 : null;

    private static async Task<Dictionary<int, List<ReportingPeriod>>> PeriodsAsync(AppDbContext db, DispatchService dispatch,
        GenerateOptions o, DateOnly today)
    {
        var last = (o.LastYear, LastMonth(o.LastYear, today) ?? 2);
        var map = new Dictionary<int, List<ReportingPeriod>>();
        // One commit for all the periods' saves.
        await using var tx = await db.Database.BeginTransactionAsync();
        for (var year = o.FirstYear; year <= o.LastYear; year++)
        {
            var existing = await db.ReportingPeriods.Where(p => p.Year == year).ToDictionaryAsync(p => p.Month);
            map[year] = [];
            for (var month = 2; month <= (LastMonth(year, today) ?? 1); month++)
            {
                map[year].Add(existing.GetValueOrDefault(month) ?? await OpenAsync(dispatch, year, month, (year, month) != last));
            }
        }
        await tx.CommitAsync();
        return map;
    }

    private static async Task<ReportingPeriod> OpenAsync(DispatchService dispatch, int year, int month, bool close)
    {
        var (period, error) = await dispatch.OpenPeriodAsync(year, month, new DateOnly(year, month, 1).AddMonths(1).AddDays(9));
        if (period is null)
        {
            throw new InvalidOperationException($"period {year}-{month}: {error}");
        }
        if (close && await dispatch.SetPeriodStateAsync(period.Id, PeriodState.Closed) is { } refused)
        {
            throw new InvalidOperationException($"period {year}-{month}: {refused}");
        }
        return period;
    }

    private static List<T> Require<T>(List<T> items, string what) =>
        items.Count > 0 ? items : throw new InvalidOperationException($"the reference data has no {what}: run the reference seed first");
}
