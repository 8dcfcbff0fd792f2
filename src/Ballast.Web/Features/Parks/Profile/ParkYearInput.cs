using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A park's output and revenue for a year entered as a whole (万元), with where the figures come from.</summary>
public sealed class ParkYearInput
{
    [Range(2000, 2100, ErrorMessage = "年度须在2000至2100之间")]
    [Display(Name = "年度")]
    public int Year { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "产值须在 0 到 1 万亿元之间（以万元填写）")]
    [Display(Name = "产值（万元）")]
    public decimal? Output { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "营业收入须在 0 到 1 万亿元之间（以万元填写）")]
    [Display(Name = "营业收入（万元）")]
    public decimal? Revenue { get; set; }

    [Required(ErrorMessage = "请填写数据来源")]
    [StringLength(200, ErrorMessage = "数据来源不超过200字")]
    [Display(Name = "数据来源")]
    public string Source { get; set; } = "";

    /// <summary>The version the user read when changing an entered year; null when adding one.</summary>
    public int? Version { get; set; }
}
