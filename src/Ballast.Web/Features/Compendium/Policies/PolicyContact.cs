namespace Ballast.Web.Features.Compendium;

/// <summary>Whom a firm calls about a policy (政策咨询): published with the policy.</summary>
public sealed class PolicyContact
{
    public int Id { get; set; }
    public int PolicyId { get; set; }
    public required string Unit { get; set; }
    public string? Name { get; set; }
    public string? Phone { get; set; }
    public int SortOrder { get; set; }
}
