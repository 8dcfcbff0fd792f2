
namespace Ballast.Web.Features.Programme;

public sealed record BattleResult(Battle Battle, Rollup.Result Rollup, IReadOnlyList<TaskResult> Tasks);
