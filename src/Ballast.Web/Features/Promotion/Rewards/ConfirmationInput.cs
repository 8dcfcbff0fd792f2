using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>One unit's word in the joint confirmation: agree, or disagree and say why.</summary>
public sealed class ConfirmationInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择确认单位")]
    [Display(Name = "确认单位")]
    public int UnitId { get; set; }

    public bool Agreed { get; set; }

    [StringLength(500, ErrorMessage = "意见不超过500字")]
    [Display(Name = "意见")]
    public string? Note { get; set; }
}
