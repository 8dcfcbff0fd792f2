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
    /// <summary>Weight in the plan's roll-up (battles of a plan need not sum to 100: they are normalised).</summary>
    public decimal Weight { get; set; } = 1m;
    public List<PlanTask> Tasks { get; set; } = [];
    public List<Indicator> Indicators { get; set; } = [];
}

/// <summary>A line of work under a battle (任务), e.g. 推动新兴产业集群发展. Named PlanTask because
/// "Task" is taken by the framework.</summary>
public sealed class PlanTask
{
    public int Id { get; set; }
    public int BattleId { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public string? NameEn { get; set; }
    public int? LeadUnitId { get; set; }
    public Organisation.Unit? LeadUnit { get; set; }
    public decimal Weight { get; set; } = 1m;
    public int SortOrder { get; set; }
}
