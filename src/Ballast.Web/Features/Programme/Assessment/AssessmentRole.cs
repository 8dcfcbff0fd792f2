
namespace Ballast.Web.Features.Programme;

/// <summary>How a scheme's item applies to a unit.</summary>
public enum AssessmentRole
{
    /// <summary>A district scored on its own key projects (the key-investment item).</summary>
    District,
    /// <summary>The unit leads the indicator (牵头单位): full weight.</summary>
    Lead,
    /// <summary>The unit supports it (配合单位): half weight.</summary>
    Supporting,
}
