
namespace Ballast.Web.Features.Programme;

public enum SubmissionState
{
    Draft,
    Submitted,
    Accepted,
    Returned,
}
