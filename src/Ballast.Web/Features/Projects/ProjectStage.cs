
namespace Ballast.Web.Features.Projects;

public enum ProjectStage
{
    Lead,
    Negotiating,
    Signed,
    Registered,
    Started,
    Operating,
    Paused,
    Dropped,
}
