using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Projects;

/// <summary>What a user sets when raising a problem, and nothing more (no mass assignment): state,
/// owner, dates and the raiser are set by Ballast. The page takes the project from its URL.</summary>
public sealed class ProblemInput
{
    [Display(Name = "项目")]
    public int ProjectId { get; set; }

    [Required(ErrorMessage = "请填写问题")]
    [StringLength(200, ErrorMessage = "问题不超过200字")]
    [Display(Name = "问题")]
    public string Title { get; set; } = "";

    [StringLength(2000, ErrorMessage = "问题描述不超过2000字")]
    [Display(Name = "问题描述")]
    public string? Detail { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "请选择承办部门")]
    [Display(Name = "承办部门")]
    public int AssignedUnitId { get; set; }

    [Required(ErrorMessage = "请填写办结时限")]
    [Display(Name = "办结时限")]
    public DateOnly? DueOn { get; set; }
}
