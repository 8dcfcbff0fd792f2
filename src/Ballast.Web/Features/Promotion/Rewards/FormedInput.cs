using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>Confirming the fixed-asset investment actually formed: the figure, where it comes from (the person chooses
/// between the dispatch's cumulative figure, the project's total or another source and names it), and the day it was
/// confirmed, whose year picks the rule.</summary>
public sealed class FormedInput
{
    [Range(typeof(decimal), "0.01", "100000000", ErrorMessage = "实际形成投资须在 0.01 到 100,000,000 万元之间")]
    [Display(Name = "实际形成固定资产投资（万元）")]
    public decimal FormedWan { get; set; }

    [Required(ErrorMessage = "请说明投资额的来源")]
    [StringLength(200, ErrorMessage = "来源不超过200字")]
    [Display(Name = "数据来源")]
    public string? FormedSource { get; set; }

    [Display(Name = "确认日期")]
    public DateOnly? ConfirmedOn { get; set; }

    public int Version { get; set; }
}
