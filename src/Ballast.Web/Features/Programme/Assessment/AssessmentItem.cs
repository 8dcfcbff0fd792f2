
namespace Ballast.Web.Features.Programme;

/// <summary>An indicator and its weight in a scheme.</summary>
public sealed class AssessmentItem
{
    public int Id { get; set; }
    public int SchemeId { get; set; }
    public int IndicatorId { get; set; }
    public Indicator? Indicator { get; set; }
    public decimal Weight { get; set; }
}
