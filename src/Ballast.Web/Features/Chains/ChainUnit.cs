namespace Ballast.Web.Features.Chains;

/// <summary>A unit of a chain's task force (工作专班); the lead department (牵头部门) is one of them. Task force
/// units edit the chain's map and figures.</summary>
public sealed class ChainUnit
{
    public int ChainId { get; set; }
    public int UnitId { get; set; }
    public Organisation.Unit? Unit { get; set; }
    public bool IsLead { get; set; }
}
