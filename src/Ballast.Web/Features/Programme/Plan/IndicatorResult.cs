using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

public sealed record IndicatorResult(Indicator Indicator, decimal? Value, bool? Done, string? Link, string? Unavailable,
    Progress Progress, IndicatorSubmission? Submission, PlanShare? Plans = null)
{
    public decimal? Score => IndicatorStatus.Score(Progress.Status);
}
