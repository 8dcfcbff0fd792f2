using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Programme;

public sealed record MyUpdates(ReportingPeriod Period, IReadOnlyList<UpdateRow> Rows);
