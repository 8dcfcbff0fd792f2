namespace Ballast.Web.Features.Promotion;

public enum RewardState
{
    /// <summary>Opened; the investment is not confirmed yet.</summary>
    Registered,
    /// <summary>Investment confirmed and the reward computed by the rule.</summary>
    Computed,
    /// <summary>Confirmed jointly by every responsible unit.</summary>
    Confirmed,
    InNotice,
    Paid,
    Refused,
}
