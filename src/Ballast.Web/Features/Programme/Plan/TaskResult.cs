
namespace Ballast.Web.Features.Programme;

public sealed record TaskResult(PlanTask? Task, Rollup.Result Rollup, IReadOnlyList<IndicatorResult> Indicators);
