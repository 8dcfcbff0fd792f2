
namespace Ballast.Web.Features.Programme;

public enum ChangeRequestState
{
    Pending,
    Approved,
    Rejected,
}
