
namespace Ballast.Web.Features.Programme;

public sealed record TaskView(string? Code, string Name, decimal Weight, RollupView Rollup, IReadOnlyList<IndicatorView> Indicators);
