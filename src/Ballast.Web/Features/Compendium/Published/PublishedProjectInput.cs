using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Compendium;

/// <summary>What a unit decides to release of one of its key projects; the page, the API and the demo bind this.</summary>
public sealed class PublishedProjectInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择要公开的重点项目")]
    [Display(Name = "重点项目")]
    public int ProjectId { get; set; }

    [Required(ErrorMessage = "请填写公开名称")]
    [StringLength(200, ErrorMessage = "公开名称不超过200字")]
    [Display(Name = "公开名称")]
    public string PublicName { get; set; } = "";

    [StringLength(2000, ErrorMessage = "公开简介不超过2000字")]
    [Display(Name = "公开简介")]
    public string? PublicSummary { get; set; }

    [Display(Name = "公开总投资")]
    public bool ShowsTotalInvestment { get; set; }

    [Display(Name = "公开年度投资完成情况")]
    public bool ShowsCompletion { get; set; }

    [Range(0, 9999, ErrorMessage = "排序须在 0 到 9999 之间")]
    [Display(Name = "排序")]
    public int SortOrder { get; set; }

    /// <summary>The version the user read; required when changing.</summary>
    public int? Version { get; set; }

    public void ApplyTo(PublishedProject p)
    {
        p.PublicName = PublicName.Trim();
        p.PublicSummary = string.IsNullOrWhiteSpace(PublicSummary) ? null : PublicSummary.Trim();
        p.ShowsTotalInvestment = ShowsTotalInvestment;
        p.ShowsCompletion = ShowsCompletion;
        p.SortOrder = SortOrder;
    }

    public static PublishedProjectInput From(PublishedProject p) => new()
    {
        ProjectId = p.ProjectId, PublicName = p.PublicName, PublicSummary = p.PublicSummary, ShowsTotalInvestment = p.ShowsTotalInvestment,
        ShowsCompletion = p.ShowsCompletion, SortOrder = p.SortOrder, Version = p.Version,
    };
}
