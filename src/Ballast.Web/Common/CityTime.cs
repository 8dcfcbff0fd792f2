namespace Ballast.Web.Common;

/// <summary>Calendar days as the city lives them. A due date is a day in China (UTC+8, no daylight
/// saving): a report sent at 00:30 on the 11th Beijing time is late for a due date of the 10th,
/// even though it is still the 10th in UTC.</summary>
public static class CityTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateOnly DateOf(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);

    public static DateOnly Today(TimeProvider time) => DateOf(time.GetUtcNow());
}
