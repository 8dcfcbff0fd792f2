namespace Ballast.Web.Common.Web;

/// <summary>Why the database did not take a request: a state of the database, not a fault of the
/// request, which passes when the database recovers.</summary>
public enum Outage
{
    /// <summary>The database answers reads but refuses writes (read-only file or transaction, disk full).</summary>
    Unwritable,

    /// <summary>Another writer holds the lock longer than Ballast waits.</summary>
    Busy,

    /// <summary>No connection could be made or kept.</summary>
    Unreachable,
}
