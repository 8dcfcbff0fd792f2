namespace Ballast.Web.Features.Chains;

/// <summary>A chain's targets for a year, and its output where member firms' figures do not give it: entered
/// with its source, and used only when no member firm reported. Money in 万元.</summary>
public sealed class ChainYear : Common.IVersioned
{
    public int Id { get; set; }
    public int ChainId { get; set; }
    public int Year { get; set; }
    public decimal? TargetOutput { get; set; }
    /// <summary>Growth target in percent (12.5 = 12.5 %).</summary>
    public decimal? TargetGrowth { get; set; }
    public int? TargetFirms { get; set; }
    public decimal? EnteredOutput { get; set; }
    public string? EnteredSource { get; set; }
    public int Version { get; set; }
}
