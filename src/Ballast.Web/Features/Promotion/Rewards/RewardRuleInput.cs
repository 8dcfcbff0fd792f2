using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>What may be set on a year's reward rule (no mass assignment): page, API and demo save it through
/// <see cref="RewardRuleSave"/>.</summary>
public sealed class RewardRuleInput
{
    [Display(Name = "年度")]
    public int Year { get; set; }

    [Required(ErrorMessage = "请填写规则名称")]
    [StringLength(300, ErrorMessage = "规则名称不超过300字")]
    [Display(Name = "规则名称")]
    public string? Title { get; set; }

    [Display(Name = "依据政策")]
    public int? PolicyId { get; set; }

    [Range(typeof(decimal), "0.01", "1000", ErrorMessage = "奖励比例须在 0.01‰ 到 1000‰ 之间")]
    [Display(Name = "奖励比例（‰）")]
    public decimal RatePermille { get; set; }

    [Range(typeof(decimal), "0.01", "1000000", ErrorMessage = "奖励上限须在 0.01 到 1,000,000 万元之间")]
    [Display(Name = "奖励上限（万元）")]
    public decimal CapWan { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "奖励起点须在 0 到 100,000,000 万元之间")]
    [Display(Name = "奖励起点：实际形成投资（万元）")]
    public decimal MinimumFormedWan { get; set; }

    [StringLength(1000, ErrorMessage = "排除类别不超过1000字")]
    [Display(Name = "不予奖励的引荐人类别（每行一个）")]
    public string? ExcludedCategories { get; set; }

    [Range(1, 90, ErrorMessage = "公示天数须在 1 到 90 天之间")]
    [Display(Name = "公示天数")]
    public int NoticeDays { get; set; } = 7;

    public int Version { get; set; }

    public static RewardRuleInput From(RewardRule r) => new()
    {
        Year = r.Year, Title = r.Title, PolicyId = r.PolicyId, RatePermille = r.RatePermille, CapWan = r.CapWan,
        MinimumFormedWan = r.MinimumFormedWan, ExcludedCategories = r.ExcludedCategories, NoticeDays = r.NoticeDays, Version = r.Version,
    };

    public void ApplyTo(RewardRule r)
    {
        ArgumentNullException.ThrowIfNull(r);
        r.Year = Year;
        r.Title = Title!.Trim();
        r.PolicyId = PolicyId;
        r.RatePermille = RatePermille;
        r.CapWan = CapWan;
        r.MinimumFormedWan = MinimumFormedWan;
        var lines = RewardCalculator.Categories(ExcludedCategories);
        r.ExcludedCategories = lines.Count == 0 ? null : string.Join('\n', lines);
        r.NoticeDays = NoticeDays;
    }
}
