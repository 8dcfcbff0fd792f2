using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>The office's reopening of a case that is not paid, back to its start, with the reason.</summary>
public sealed class ReopenInput
{
    [Required(ErrorMessage = "请填写重新办理的原因")]
    [StringLength(300, ErrorMessage = "原因不超过300字")]
    [Display(Name = "重新办理原因")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}
