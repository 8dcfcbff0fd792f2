using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Compendium;

/// <summary>A status change as a user asks for it.</summary>
public sealed class StatusInput
{
    [Display(Name = "新状态")]
    public PolicyStatus To { get; set; }

    /// <summary>The day it takes effect; today when not given.</summary>
    [Display(Name = "变更日期")]
    public DateOnly? On { get; set; }

    [Display(Name = "替代政策")]
    public int? ReplacedById { get; set; }

    [StringLength(500, ErrorMessage = "说明不超过500字")]
    [Display(Name = "说明")]
    public string? Reason { get; set; }

    public int Version { get; set; }
}
