using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Programme;

/// <summary>What the office sets when issuing an item, and nothing more (no mass assignment):
/// state, issuer, dates and chasing are set by Ballast. <see cref="Year"/> defaults to the
/// programme year being looked at.</summary>
public sealed class SupervisionInput
{
    [Required(ErrorMessage = "请填写督办事项")]
    [StringLength(200, ErrorMessage = "督办事项不超过200字")]
    [Display(Name = "督办事项")]
    public string Title { get; set; } = "";

    // The column holds 2000: what is left is for the dated notes the cycle adds (requests, returns).
    [StringLength(1500, ErrorMessage = "督办内容不超过1500字")]
    [Display(Name = "督办内容")]
    public string? Detail { get; set; }

    [Required(ErrorMessage = "请选择来源")]
    [Display(Name = "来源")]
    public string Source { get; set; } = "";

    [Range(1, int.MaxValue, ErrorMessage = "请选择承办单位")]
    [Display(Name = "承办单位")]
    public int OwnerUnitId { get; set; }

    [Required(ErrorMessage = "请填写办结时限")]
    [Display(Name = "办结时限")]
    public DateOnly? DueOn { get; set; }

    [Range(2000, 2100, ErrorMessage = "年度无效")]
    [Display(Name = "年度")]
    public int? Year { get; set; }
}
