namespace Ballast.Web.Features.Compendium;

/// <summary>A GB/T 4754 division (大类, two digits) a policy is meant for.</summary>
public sealed class PolicyIndustry
{
    public int PolicyId { get; set; }
    public required string DivisionCode { get; set; }
}
