
namespace Ballast.Web.Features.Programme;

public sealed record PlanResult(Plan Plan, int Month, IReadOnlyList<int> Months, Rollup.Result Rollup, IReadOnlyList<BattleResult> Battles)
{
    public IEnumerable<IndicatorResult> Indicators => Battles.SelectMany(b => b.Tasks).SelectMany(t => t.Indicators);
}
