using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Programme;

public sealed record PeriodDto(int Id, int Year, int Month, DateOnly DueOn, PeriodState State, int Expected, int Reported, int NotReported,
    int Late, int Accepted, int Returned, int ExtensionRequests)
{
    public static PeriodDto From(PeriodSummary p) => new(p.Period.Id, p.Period.Year, p.Period.Month, p.Period.DueOn, p.Period.State,
        p.Expected, p.Reported, p.NotReported, p.Late, p.Accepted, p.Returned, p.ExtensionRequests);
}
