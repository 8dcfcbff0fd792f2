
namespace Ballast.Web.Features.Projects;

public enum ReportState
{
    Draft,
    Submitted,
    Reviewed,
    Accepted,
    Returned,
}
