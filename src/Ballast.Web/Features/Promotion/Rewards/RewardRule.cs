namespace Ballast.Web.Features.Promotion;

/// <summary>The year's referral-reward rule (以商招商奖励), as published: a rate of the fixed-asset
/// investment actually formed, a cap, a floor and the referrers it excludes. Kept per year so that a
/// reward is always computed by the rule of the year its project's investment was confirmed.</summary>
public sealed class RewardRule
{
    public int Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    /// <summary>The published policy that states the rule (its 文号), if it is in the compendium.</summary>
    public int? PolicyId { get; set; }
    /// <summary>Reward per mille (‰) of the fixed-asset investment actually formed.</summary>
    public decimal RatePermille { get; set; }
    /// <summary>Most one reward may be, in 万元.</summary>
    public decimal CapWan { get; set; }
    /// <summary>Least investment formed (万元) for a project to earn a reward at all.</summary>
    public decimal MinimumFormedWan { get; set; }
    /// <summary>Referrer categories that earn nothing (公职人员, 项目单位员工 …), one per line.</summary>
    public string? ExcludedCategories { get; set; }
    /// <summary>Days the reward is publicly noticed (公示) before it may be paid.</summary>
    public int NoticeDays { get; set; }
    public int Version { get; set; }
}
