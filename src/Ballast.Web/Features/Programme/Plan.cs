namespace Ballast.Web.Features.Programme;

/// <summary>A year's plan (年度工作要点).</summary>
public sealed class Plan
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public string? TitleEn { get; set; }
    public string? IssuedBy { get; set; }
    public List<Battle> Battles { get; set; } = [];
}

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
    public List<Indicator> Indicators { get; set; } = [];
}
