
namespace Ballast.Web.Features.Projects.Import;

public enum RowAction
{
    Create,
    Update,
    Reject,

    /// <summary>The record already reads as the row says: nothing is written.</summary>
    Unchanged,
}
