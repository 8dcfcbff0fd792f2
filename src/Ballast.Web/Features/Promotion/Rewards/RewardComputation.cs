namespace Ballast.Web.Features.Promotion;

/// <summary>A reward as the rule gives it: the figure before the cap, the reward after it, or why there is none.</summary>
public sealed record RewardComputation(decimal FormedWan, decimal ComputedWan, decimal RewardWan, bool Capped, string? Refusal)
{
    public bool Refused => Refusal is not null;
}
