using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A firm entering a park: the firm (its registry id, or its USCC), the day, and the project that brought it.</summary>
public sealed class EnterInput
{
    [Display(Name = "企业")]
    public int? EnterpriseId { get; set; }

    [StringLength(18, ErrorMessage = "统一社会信用代码为18位")]
    [Display(Name = "统一社会信用代码")]
    public string? Uscc { get; set; }

    [Required(ErrorMessage = "请填写入园日期")]
    [Display(Name = "入园日期")]
    public DateOnly? EnteredOn { get; set; }

    [Display(Name = "引进项目")]
    public int? ProjectId { get; set; }
}
