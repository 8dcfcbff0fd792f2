
namespace Ballast.Web.Features.Projects;

/// <summary>A month of the key-project dispatch (月调度). There is no January report: the first
/// period of a year is February and covers January–February.</summary>
public sealed class ReportingPeriod
{
    public int Id { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public DateOnly DueOn { get; set; }
    public PeriodState State { get; set; }
    public DateTimeOffset OpenedAt { get; set; }
}
