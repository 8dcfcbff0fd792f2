using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>Crediting an existing project to a campaign.</summary>
public sealed class LinkInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请填写项目编号")]
    [Display(Name = "项目编号")]
    public int ProjectId { get; set; }

    [Display(Name = "线索获取日期")]
    public DateOnly? GatheredOn { get; set; }

    [StringLength(500, ErrorMessage = "备注不超过500字")]
    [Display(Name = "备注")]
    public string? Note { get; set; }
}
