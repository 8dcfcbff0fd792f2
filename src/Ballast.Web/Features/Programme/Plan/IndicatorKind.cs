namespace Ballast.Web.Features.Programme;

public enum IndicatorKind
{
    Count,
    Amount,
    Rate,
    Milestone,
    Direction,
}
