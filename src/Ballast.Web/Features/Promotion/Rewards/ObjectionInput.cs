using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>An objection raised during the notice, or the office's handling of the last one.</summary>
public sealed class ObjectionInput
{
    [Required(ErrorMessage = "请填写异议或处理情况")]
    [StringLength(300, ErrorMessage = "异议或处理情况不超过300字")]
    [Display(Name = "异议或处理情况")]
    public string? Text { get; set; }
}
