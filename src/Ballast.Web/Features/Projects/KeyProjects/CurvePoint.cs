
namespace Ballast.Web.Features.Projects;

public sealed record CurvePoint(int Month, decimal? YtdWan, decimal PlanToDateWan);
