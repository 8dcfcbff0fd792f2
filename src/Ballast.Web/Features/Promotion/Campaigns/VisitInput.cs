using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Promotion;

/// <summary>A firm visited, as a form row. The registry link is found by USCC (or the exact name), never typed as an id.</summary>
public sealed class VisitInput
{
    [StringLength(200, ErrorMessage = "拜访企业名称不超过200字")]
    public string? FirmName { get; set; }

    [StringLength(50, ErrorMessage = "国别（地区）不超过50字")]
    public string? Country { get; set; }

    /// <summary>The firm's USCC when it has one in China: links the visit to the registry.</summary>
    [StringLength(18, ErrorMessage = "统一社会信用代码为18位")]
    public string? Uscc { get; set; }

    public DateOnly? VisitedOn { get; set; }

    [StringLength(1000, ErrorMessage = "拜访情况不超过1000字")]
    public string? Note { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(FirmName) && string.IsNullOrWhiteSpace(Country) && string.IsNullOrWhiteSpace(Uscc)
        && VisitedOn is null && string.IsNullOrWhiteSpace(Note);
}
