
namespace Ballast.Web.Features.Projects;

public enum PeriodState
{
    Open,
    Closed,
}
