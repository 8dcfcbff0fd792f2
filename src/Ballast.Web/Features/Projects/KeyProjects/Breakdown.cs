
namespace Ballast.Web.Features.Projects;

public enum Breakdown
{
    District,
    Chain,
    Leader,
}
