using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A key work item of a park (重点工作清单): what, who answers for it, by when, and how far it has got.</summary>
public sealed class WorkItemInput
{
    [Range(2000, 2100, ErrorMessage = "年度须在2000至2100之间")]
    [Display(Name = "年度")]
    public int Year { get; set; }

    [Required(ErrorMessage = "请填写工作事项")]
    [StringLength(300, ErrorMessage = "工作事项不超过300字")]
    [Display(Name = "工作事项")]
    public string Title { get; set; } = "";

    [Display(Name = "责任单位")]
    public int? ResponsibleUnitId { get; set; }

    [StringLength(50, ErrorMessage = "责任人不超过50字")]
    [Display(Name = "责任人")]
    public string? OwnerName { get; set; }

    [Required(ErrorMessage = "请填写完成时限")]
    [Display(Name = "完成时限")]
    public DateOnly? DueOn { get; set; }

    [Display(Name = "状态")]
    public WorkItemState State { get; set; }

    [Display(Name = "完成日期")]
    public DateOnly? DoneOn { get; set; }

    [StringLength(2000, ErrorMessage = "进展不超过2000字")]
    [Display(Name = "进展情况")]
    public string? Progress { get; set; }

    /// <summary>The version the user read; required when changing.</summary>
    public int? Version { get; set; }

    public void ApplyTo(ParkWorkItem w)
    {
        w.Year = Year;
        w.Title = Title.Trim();
        w.ResponsibleUnitId = ResponsibleUnitId is > 0 ? ResponsibleUnitId : null;
        w.OwnerName = string.IsNullOrWhiteSpace(OwnerName) ? null : OwnerName.Trim();
        w.DueOn = DueOn!.Value;
        w.State = State;
        w.DoneOn = State == WorkItemState.Done ? DoneOn : null;
        w.Progress = string.IsNullOrWhiteSpace(Progress) ? null : Progress.Trim();
    }

    public static WorkItemInput From(ParkWorkItem w) => new()
    {
        Year = w.Year, Title = w.Title, ResponsibleUnitId = w.ResponsibleUnitId, OwnerName = w.OwnerName, DueOn = w.DueOn, State = w.State,
        DoneOn = w.DoneOn, Progress = w.Progress, Version = w.Version,
    };
}
