using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>Opening a project's reward case: the referrer's category (checked against the rule's exclusions) and,
/// privately, their ID number or USCC.</summary>
public sealed class RewardOpenInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择项目")]
    [Display(Name = "项目")]
    public int ProjectId { get; set; }

    [Required(ErrorMessage = "请填写引荐人类别")]
    [StringLength(50, ErrorMessage = "引荐人类别不超过50字")]
    [Display(Name = "引荐人类别")]
    public string? ReferrerCategory { get; set; }

    [StringLength(30, ErrorMessage = "证件号码不超过30位")]
    [Display(Name = "引荐人证件号码或统一社会信用代码")]
    public string? ReferrerIdNumber { get; set; }
}
