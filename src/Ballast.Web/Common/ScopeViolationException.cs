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
