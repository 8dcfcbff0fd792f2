
namespace Ballast.Web.Features.Projects;

public enum KeyProjectClass
{
    Construction,
    Preparation,
}
