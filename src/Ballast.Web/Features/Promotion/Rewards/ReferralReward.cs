using Ballast.Web.Common;

namespace Ballast.Web.Features.Promotion;

/// <summary>The reward case of one referred project (one per project). The referrer and the day they
/// registered are the project's own; the case adds the confirmed investment, the figure the rule gives,
/// the joint confirmation, the public notice and the payment.</summary>
public sealed class ReferralReward : IUnitOwned, IVersioned
{
    public int Id { get; set; }
    public int ProjectId { get; set; }
    public Projects.Project? Project { get; set; }
    public int RuleId { get; set; }
    public RewardRule? Rule { get; set; }
    /// <summary>What the referrer is (个人, 企业, 公职人员 …), checked against the rule's exclusions.</summary>
    public required string ReferrerCategory { get; set; }
    /// <summary>The referrer's USCC (a firm) or ID number (a person); never shown on public pages.</summary>
    public string? ReferrerIdNumber { get; set; }
    /// <summary>Fixed-asset investment actually formed (万元), as confirmed, and where the figure comes from.</summary>
    public decimal? FormedWan { get; set; }
    public string? FormedSource { get; set; }
    /// <summary>The rule's figure before the cap, and the reward after it (万元).</summary>
    public decimal? ComputedWan { get; set; }
    public decimal? RewardWan { get; set; }
    public RewardState State { get; set; }
    /// <summary>Why the case was refused (excluded referrer, below the floor …).</summary>
    public string? RefusalReason { get; set; }
    public DateOnly? NoticeFrom { get; set; }
    public DateOnly? NoticeTo { get; set; }
    /// <summary>Objections raised during the notice, if any.</summary>
    public string? NoticeObjection { get; set; }
    public DateOnly? PaidOn { get; set; }
    public decimal? PaidWan { get; set; }
    public string? PaymentReference { get; set; }
    public int OwnerUnitId { get; set; }
    public bool IsDemo { get; set; }
    public int Version { get; set; }

    public List<RewardConfirmation> Confirmations { get; set; } = [];
}
