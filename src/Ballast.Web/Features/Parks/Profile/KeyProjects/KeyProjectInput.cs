using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A project put on a park's key-project list for a year.</summary>
public sealed class KeyProjectInput
{
    [Range(2000, 2100, ErrorMessage = "年度须在2000至2100之间")]
    [Display(Name = "年度")]
    public int Year { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "请选择项目")]
    [Display(Name = "项目")]
    public int ProjectId { get; set; }

    [StringLength(500, ErrorMessage = "备注不超过500字")]
    [Display(Name = "备注")]
    public string? Note { get; set; }
}
