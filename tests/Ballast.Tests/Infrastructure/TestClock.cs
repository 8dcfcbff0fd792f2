namespace Ballast.Tests.Infrastructure;

/// <summary>A clock the test moves by hand. Starts inside the demo year's reporting season.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset _now = new(2023, 7, 10, 1, 0, 0, TimeSpan.Zero);

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;

    public void Set(DateTimeOffset now) => _now = now;
}
