using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>Starting the public notice (公示); it ends the rule's notice days later.</summary>
public sealed class NoticeInput
{
    [Required(ErrorMessage = "请填写公示开始日期")]
    [Display(Name = "公示开始日期")]
    public DateOnly? NoticeFrom { get; set; }

    public int Version { get; set; }
}
