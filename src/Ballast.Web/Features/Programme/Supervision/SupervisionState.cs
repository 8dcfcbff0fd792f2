
namespace Ballast.Web.Features.Programme;

public enum SupervisionState
{
    Assigned,
    Acknowledged,
    Reported,
    Closed,
}
