using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Promotion;

/// <summary>One case with what its page and the API show: the project, the rule applied, the confirmations, the offers
/// for the investment formed and the ID number as the reader may see it.</summary>
public sealed record RewardCase(ReferralReward Reward, Project Project, string OwnerUnit, RewardRule Rule, string? PolicyCode, string? PolicyTitle,
    IReadOnlyList<ConfirmationLine> Lines, IReadOnlyList<FormedOffer> Offers, string? ReferrerIdShown)
{
    /// <summary>The computation again from the figures kept on the case, to show it step by step.</summary>
    public RewardComputation? Computation => Reward.FormedWan is { } formed && Reward.State != RewardState.Registered
        ? RewardCalculator.Compute(RewardTerms.Of(Rule), formed, Reward.ReferrerCategory) : null;
}
