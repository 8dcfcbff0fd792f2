using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A project applying to a park in a year. The investment and land are the project's own; expected yearly
/// output and tax (万元) are entered here, or taken from the project's standard-land commitment when left empty.</summary>
public sealed class EvaluationInput
{
    [Range(1, int.MaxValue, ErrorMessage = "请选择项目")]
    [Display(Name = "项目")]
    public int ProjectId { get; set; }

    [Range(1, int.MaxValue, ErrorMessage = "请选择园区")]
    [Display(Name = "园区")]
    public int ParkId { get; set; }

    [Display(Name = "年度")]
    public int Year { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "预计年产值须为非负数（万元）")]
    [Display(Name = "预计年产值（万元）")]
    public decimal? ExpectedOutput { get; set; }

    [Range(typeof(decimal), "0", "100000000", ErrorMessage = "预计年税收须为非负数（万元）")]
    [Display(Name = "预计年税收（万元）")]
    public decimal? ExpectedTax { get; set; }
}
