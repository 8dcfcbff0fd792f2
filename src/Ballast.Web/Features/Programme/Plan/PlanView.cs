
namespace Ballast.Web.Features.Programme;

public sealed record PlanView(int Year, string Title, string? IssuedBy, int Month, IReadOnlyList<int> Months, decimal TimeProgressPercent,
    string StatusRule, RollupView Rollup, IReadOnlyList<BattleView> Battles);
