using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A firm put on the watch list, or its entry updated (no mass assignment). The firm, cause and year identify
/// the entry and are set once; measures, state, note and date change as the case moves.</summary>
public sealed class WatchInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择企业")]
    [Display(Name = "企业")]
    public int EnterpriseId { get; set; }

    [Display(Name = "列入原因")]
    public WatchReason Reason { get; set; }

    [Display(Name = "年度")]
    public int Year { get; set; }

    [Display(Name = "差别化措施")]
    public WatchMeasures Measures { get; set; }

    [Display(Name = "状态")]
    public WatchState State { get; set; }

    [StringLength(1000, ErrorMessage = "说明不超过1000字")]
    [Display(Name = "说明")]
    public string? Note { get; set; }

    [Display(Name = "决定日期")]
    public DateOnly? DecidedOn { get; set; }

    public int Version { get; set; }
}
