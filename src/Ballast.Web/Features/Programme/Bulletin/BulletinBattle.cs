
namespace Ballast.Web.Features.Programme;

public sealed record BulletinBattle(string Code, string Name, string? Slogan, Rollup.Result Rollup, IReadOnlyList<BulletinIndicator> Indicators);
