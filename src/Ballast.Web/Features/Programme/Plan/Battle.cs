namespace Ballast.Web.Features.Programme;

/// <summary>One of the plan's campaigns (硬仗), e.g. 新制造 建链强链.</summary>
public sealed class Battle
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public string? Slogan { get; set; }
    public string? SloganEn { get; set; }
    public int SortOrder { get; set; }
    /// <summary>Weight in the plan's roll-up (battles of a plan need not sum to 100: they are normalised).</summary>
    public decimal Weight { get; set; } = 1m;
    public List<PlanTask> Tasks { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
}
