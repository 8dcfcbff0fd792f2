namespace Ballast.Web.Features.Programme;

public sealed class IndicatorSupport
{
    public int IndicatorId { get; set; }
    public int UnitId { get; set; }
    public Organisation.Unit? Unit { get; set; }
}
