namespace Ballast.Web.Features.Programme;

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
