
namespace Ballast.Web.Features.Projects;

public enum AmountBand
{
    Below1Yi,
    From1To5Yi,
    From5To10Yi,
    From10To50Yi,
    From50Yi,
}
