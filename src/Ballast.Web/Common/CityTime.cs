namespace Ballast.Web.Common;

/// <summary>Calendar days as the city lives them. A due date is a day in China (UTC+8, no daylight
/// saving): a report sent at 00:30 on the 11th Beijing time is late for a due date of the 10th,
/// even though it is still the 10th in UTC.</summary>
public static class CityTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());

    /// <summary>A moment as the city's clocks show it, for display.</summary>
    public static string Show(DateTimeOffset at) => at.ToOffset(Offset).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The same for a UTC DateTime (whatever Kind the database gave it back with).</summary>
    public static string Show(DateTime utc) => Show(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
