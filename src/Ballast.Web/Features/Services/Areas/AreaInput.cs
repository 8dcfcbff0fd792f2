using System.ComponentModel.DataAnnotations;
using Ballast.Web.Features.Enterprises;

namespace Ballast.Web.Features.Services;

/// <summary>A service cluster or innovation centre as a designation of an area (not a firm): what a user sets.</summary>
public sealed class AreaInput
{
    [Required(ErrorMessage = "请选择类别")]
    [StringLength(64, ErrorMessage = "类别代码不超过64字")]
    [Display(Name = "类别")]
    public string KindCode { get; set; } = "";

    [Required(ErrorMessage = "请填写集聚区或创新中心名称")]
    [StringLength(200, ErrorMessage = "名称不超过200字")]
    [Display(Name = "名称")]
    public string SubjectName { get; set; } = "";

    [Display(Name = "所在区市")]
    public int? DistrictUnitId { get; set; }

    [Required(ErrorMessage = "请选择认定级别")]
    [Display(Name = "认定级别")]
    public DesignationLevel? Level { get; set; }

    [Range(2000, 2100, ErrorMessage = "认定年度须在2000至2100之间")]
    [Display(Name = "认定年度")]
    public int Year { get; set; }

    [StringLength(300, ErrorMessage = "认定文件不超过300字")]
    [Display(Name = "认定文件")]
    public string? SourceDocument { get; set; }

    /// <summary>The version the user read; required when changing.</summary>
    public int? Version { get; set; }

    internal bool IsDemo { get; set; }

    public void ApplyTo(Designation d)
    {
        d.KindCode = KindCode.Trim();
        d.SubjectName = SubjectName.Trim();
        d.DistrictUnitId = DistrictUnitId;
        d.Level = Level ?? DesignationLevel.City;
        d.Year = Year;
        d.SourceDocument = string.IsNullOrWhiteSpace(SourceDocument) ? null : SourceDocument.Trim();
    }

    public static AreaInput From(Designation d) => new()
    {
        KindCode = d.KindCode, SubjectName = d.SubjectName ?? "", DistrictUnitId = d.DistrictUnitId, Level = d.Level, Year = d.Year,
        SourceDocument = d.SourceDocument, Version = d.Version,
    };
}
