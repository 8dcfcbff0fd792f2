namespace Ballast.Web.Features.Chains;

/// <summary>Who leads a chain: its chief and vice chiefs (city leaders), its task force units with the lead
/// department, and its chain masters (firms of the registry). The whole set replaces the one stored.</summary>
public sealed class TeamInput
{
    public int? ChiefLeaderId { get; set; }
    public List<int> ViceLeaderIds { get; set; } = [];
    public int? LeadUnitId { get; set; }
    public List<int> UnitIds { get; set; } = [];
    public List<int> MasterIds { get; set; } = [];
}
