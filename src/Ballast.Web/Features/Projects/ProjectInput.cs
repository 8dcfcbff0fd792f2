using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Projects;

/// <summary>What a user may set on a project, and nothing more (no mass assignment): the page and
/// the API both bind this and copy it onto the entity.</summary>
public sealed class ProjectInput
{
    [Required(ErrorMessage = "请填写项目名称")]
    [StringLength(200, ErrorMessage = "项目名称不超过200字")]
    [Display(Name = "项目名称")]
    public string Name { get; set; } = "";

    [StringLength(200, ErrorMessage = "投资方名称不超过200字")]
    [Display(Name = "投资方")]
    public string? InvestorName { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "总投资须在 0 到 1,000,000 亿元之间（以万元填写）")]
    [Display(Name = "总投资（万元）")]
    public decimal TotalInvestment { get; set; }

    [Display(Name = "阶段")]
    public ProjectStage Stage { get; set; }

    [Display(Name = "责任单位")]
    [Range(1, int.MaxValue, ErrorMessage = "请选择责任单位")]
    public int OwnerUnitId { get; set; }

    [Display(Name = "产业链")]
    public int? ChainId { get; set; }

    public void ApplyTo(Project p, DateTimeOffset now)
    {
        p.Name = Name.Trim();
        p.InvestorName = string.IsNullOrWhiteSpace(InvestorName) ? null : InvestorName.Trim();
        p.TotalInvestment = TotalInvestment;
        p.Stage = Stage;
        p.OwnerUnitId = OwnerUnitId;
        p.ChainId = ChainId;
        p.UpdatedAt = now;
    }

    public static ProjectInput From(Project p) => new()
    {
        Name = p.Name, InvestorName = p.InvestorName, TotalInvestment = p.TotalInvestment, Stage = p.Stage,
        OwnerUnitId = p.OwnerUnitId, ChainId = p.ChainId,
    };
}
