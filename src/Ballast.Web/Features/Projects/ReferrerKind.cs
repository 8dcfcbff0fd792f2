
namespace Ballast.Web.Features.Projects;

public enum ReferrerKind
{
    Firm,
    Person,
}
