using System.Globalization;
using Ballast.Web.Data;
using Ballast.Web.Features.Parks;

namespace Ballast.Web.Features.Programme;

/// <summary>The new-parks indicators counted from the parks: listed by the indicator's deadline (or the year's end),
/// and reaching an output tier in the year. Each links to the park list filtered to exactly the parks it counts.</summary>
public sealed class ParkIndicators(AppDbContext db)
{
    public async Task<ComputedValue> ListedAsync(int year, DateOnly? deadline)
    {
        var day = deadline ?? new DateOnly(year, 12, 31);
        var query = new ParkQuery { Listed = day };
        var rows = await query.RunAsync(db, year);
        return new(rows.Count, string.Create(CultureInfo.InvariantCulture, $"/Parks?Year={year}&Listed={day:yyyy-MM-dd}"), null);
    }

    /// <summary>Parks whose output for the year (entered, or their firms' sum) is at least the tier; a park over
    /// 500 亿 is over 300 and 100 too.</summary>
    public async Task<ComputedValue> OverAsync(int year, decimal tierYi)
    {
        var rows = await new ParkQuery { Tier = tierYi }.RunAsync(db, year);
        return new(rows.Count, string.Create(CultureInfo.InvariantCulture, $"/Parks?Year={year}&Tier={tierYi:0.##}"), null);
    }
}
