using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>Asking for a result other than the rule's: the reason is required; a second person decides.</summary>
public sealed class OverrideInput
{
    [Display(Name = "申请结果")]
    public AdmissionResult Result { get; set; }

    [Required(ErrorMessage = "请填写调整理由")]
    [StringLength(1000, ErrorMessage = "调整理由不超过1000字")]
    [Display(Name = "调整理由")]
    public string Reason { get; set; } = "";

    public int Version { get; set; }
}

/// <summary>The second person's decision on an override request.</summary>
public sealed record OverrideDecision(bool Approve, int Version);
