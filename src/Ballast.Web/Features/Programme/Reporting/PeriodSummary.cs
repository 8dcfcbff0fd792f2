using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Programme;

/// <summary>A period and what came in, in the reviewer's view.</summary>
public sealed record PeriodSummary(
    ReportingPeriod Period, int Expected, int Reported, int NotReported, int Late, int Accepted, int Returned, int ExtensionRequests);
