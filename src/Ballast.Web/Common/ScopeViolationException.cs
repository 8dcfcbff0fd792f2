namespace Ballast.Web.Common;

/// <summary>A write reached a record outside the user's data scope. Answered as 403.</summary>
public sealed class ScopeViolationException(string message) : Exception(message)
{
    public ScopeViolationException() : this("数据范围之外的记录不能修改")
    {
    }

    public ScopeViolationException(string message, Exception inner) : this(message + " " + inner.Message)
    {
    }
}

/// <summary>A record that belongs to one organisational unit; its visibility follows the unit.</summary>
public interface IUnitOwned
{
    int OwnerUnitId { get; }
}

/// <summary>A record another unit is asked to work on (a problem assigned to a department): that
/// unit may change it, though not create, delete or move it.</summary>
public interface IAssignedToUnit
{
    int? AssignedUnitId { get; }
}
