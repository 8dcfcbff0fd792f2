namespace Ballast.Web.Common;

/// <summary>A record another unit is asked to work on (a problem assigned to a department): that
/// unit may change it, though not create, delete or move it.</summary>
public interface IAssignedToUnit
{
    int? AssignedUnitId { get; }
}
