namespace Ballast.Tests.Resilience;

/// <summary>A read-only SQLite file or a full disk (every write fails with SQLITE_READONLY), or the
/// file's volume gone (nothing opens).</summary>
public sealed class SqliteSwitchFault(SqliteFaultSwitch faults, bool unreachable) : DatabaseFault
{
    public override bool Unhealthy => true;

    protected override Task BreakAsync()
    {
        faults.ReadOnly = !unreachable;
        faults.Unreachable = unreachable;
        return Task.CompletedTask;
    }

    protected override Task MendAsync()
    {
        faults.ReadOnly = false;
        faults.Unreachable = false;
        return Task.CompletedTask;
    }
}
