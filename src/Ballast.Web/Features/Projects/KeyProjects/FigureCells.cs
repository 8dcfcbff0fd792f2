namespace Ballast.Web.Features.Projects;

/// <summary>The year's construction key projects summed by (owner unit, chain, leader) — and the
/// counted reports also by month — in three grouped queries. The city total, the district, chain
/// and leader tables and the monthly curve are all folded from these cells, so a dashboard reads
/// the monthly reports once instead of once per table.</summary>
public sealed record FigureCells(IReadOnlyList<FigureCells.Plan> Plans, IReadOnlyList<FigureCells.Done> Completed,
    IReadOnlyList<FigureCells.Cell> Reported)
{
    public sealed record Cell(int Owner, int? Chain, int? Leader, int Count);

    public sealed record Plan(int Owner, int? Chain, int? Leader, int Count, decimal Amount);

    public sealed record Done(int Owner, int? Chain, int? Leader, int Month, decimal Amount);
}
