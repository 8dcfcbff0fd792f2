using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A firm leaving a park: the day and why (有进有退: the reason is kept with the stay).</summary>
public sealed class LeaveInput
{
    [Required(ErrorMessage = "请填写出园日期")]
    [Display(Name = "出园日期")]
    public DateOnly? LeftOn { get; set; }

    [Required(ErrorMessage = "请填写出园原因")]
    [StringLength(500, ErrorMessage = "出园原因不超过500字")]
    [Display(Name = "出园原因")]
    public string Reason { get; set; } = "";

    /// <summary>The stay's version as read.</summary>
    public int? Version { get; set; }
}
