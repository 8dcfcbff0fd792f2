using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Enterprises;

/// <summary>What a user may set on a designation. A firm's designation names the firm; an area's
/// (集聚区, 创新中心) names the subject and its district.</summary>
public sealed class DesignationInput
{
    [Required(ErrorMessage = "请选择认定类别")]
    [StringLength(40)]
    [Display(Name = "认定类别")]
    public string KindCode { get; set; } = "";

    [Display(Name = "企业")]
    public int? EnterpriseId { get; set; }

    [StringLength(200, ErrorMessage = "认定对象名称不超过200字")]
    [Display(Name = "认定对象")]
    public string? SubjectName { get; set; }

    [Display(Name = "所在区市")]
    public int? DistrictUnitId { get; set; }

    /// <summary>Null takes the kind's usual level.</summary>
    [Display(Name = "级别")]
    public DesignationLevel? Level { get; set; }

    [Range(1980, 2100, ErrorMessage = "认定年度须在1980年至2100年之间")]
    [Display(Name = "认定年度")]
    public int Year { get; set; }

    /// <summary>Null takes the end of year + the kind's ValidYears, when the kind expires.</summary>
    [Display(Name = "有效期至")]
    public DateOnly? ExpiresOn { get; set; }

    [StringLength(300, ErrorMessage = "认定文件不超过300字")]
    [Display(Name = "认定文件")]
    public string? SourceDocument { get; set; }

    public int Version { get; set; }

    public static DesignationInput From(Designation d) => new()
    {
        KindCode = d.KindCode, EnterpriseId = d.EnterpriseId, SubjectName = d.SubjectName, DistrictUnitId = d.DistrictUnitId,
        Level = d.Level, Year = d.Year, ExpiresOn = d.ExpiresOn, SourceDocument = d.SourceDocument, Version = d.Version,
    };
}
