
namespace Ballast.Web.Features.Programme;

public sealed record BattleView(string Code, string Name, string? Slogan, decimal Weight, RollupView Rollup, IReadOnlyList<TaskView> Tasks);
