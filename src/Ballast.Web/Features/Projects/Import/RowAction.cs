
namespace Ballast.Web.Features.Projects.Import;

public enum RowAction
{
    Create,
    Update,
    Reject,
}
