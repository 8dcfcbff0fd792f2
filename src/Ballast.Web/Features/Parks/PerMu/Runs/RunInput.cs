using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A request to evaluate a population: a district's firms or a park's, for the scheme's year.</summary>
public sealed class RunInput
{
    public int SchemeId { get; set; }
    /// <summary>The year of the figures; the scheme's year when absent.</summary>
    public int? Year { get; set; }
    [Display(Name = "评价范围")]
    public PopulationKind PopulationKind { get; set; }
    /// <summary>The district's unit, or the park's unit.</summary>
    public int PopulationUnitId { get; set; }
    [StringLength(1000, ErrorMessage = "备注不超过1000字")]
    [Display(Name = "备注")]
    public string? Note { get; set; }
}
