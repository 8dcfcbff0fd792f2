using Ballast.Web.Common;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Reference;

namespace Ballast.Web.Data.Generate;

/// <summary>What the generated records point at — the reference seed's units, chains and classifications,
/// the leaders and the reporting periods — loaded once, and the day the generator counts as today.</summary>
internal sealed class GeneratorReference
{
    public required string CityName { get; init; }
    public required IReadOnlyList<Unit> Districts { get; init; }
    public required IReadOnlyList<Unit> Departments { get; init; }
    public required IReadOnlyList<Unit> Parks { get; init; }
    public required IReadOnlyList<Chain> Chains { get; init; }
    public required IReadOnlyList<IndustryDivision> Divisions { get; init; }
    public required IReadOnlyList<EmergingArea> Areas { get; init; }
    public required IReadOnlyList<Leader> Leaders { get; init; }
    /// <summary>Each year's periods in month order.</summary>
    public required IReadOnlyDictionary<int, List<ReportingPeriod>> Periods { get; init; }
    public required DateTimeOffset Now { get; init; }
    public DateOnly Today => CityTime.DateOf(Now);

    /// <summary>Tracks the loaded records again after the change tracker was cleared, so that the rules'
    /// reference checks (<c>FindAsync</c>) answer from memory instead of asking the database per record.</summary>
    public void Attach(AppDbContext db)
    {
        db.AttachRange([.. Districts, .. Departments, .. Parks]);
        db.AttachRange(Chains);
        db.AttachRange(Divisions);
        db.AttachRange(Areas);
        db.AttachRange(Leaders);
    }

    /// <summary>A day at 09:30 in the city, never later than now: when a person did something that day.</summary>
    public DateTimeOffset At(DateOnly day, int minutes = 0)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(9, 30)), CityTime.Offset).AddMinutes(minutes).ToUniversalTime();
        return at < Now ? at : Now;
    }
}
