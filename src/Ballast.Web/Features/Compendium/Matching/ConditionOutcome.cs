namespace Ballast.Web.Features.Compendium;

/// <summary>How one condition stands for one firm. Unknown: the registry lacks the fact (a figure not reported, 未报).</summary>
public enum ConditionOutcome
{
    Met,
    Missed,
    Unknown,
}
