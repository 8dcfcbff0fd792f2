using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ballast.Web.Data;

/// <summary>Readiness: healthy when Ballast's own tables answer a read and take a write, not merely
/// when a connection opens (SQLite opens a fresh empty file happily; a full disk or a read-only
/// file still reads). Checked at most once a second whatever the polling rate; the answer in
/// between is the last one.</summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes) : IHealthCheck, IDisposable
{
    // Monotonic milliseconds: the interval is real time even where the app's clock is pinned.
    private const long IntervalMs = 1000;
    private readonly SemaphoreSlim gate = new(1, 1);
    private (long At, HealthCheckResult Result)? last;

    public void Dispose() => gate.Dispose();

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (Fresh() is { } cached)
        {
            return cached;
        }
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } again)
            {
                return again;
            }
            var result = await ProbeAsync(cancellationToken);
            last = (Environment.TickCount64, result);
            return result;
        }
        finally
        {
            gate.Release();
        }
    }

    private HealthCheckResult? Fresh() =>
        last is { } l && Environment.TickCount64 - l.At < IntervalMs ? l.Result : null;

    private async Task<HealthCheckResult> ProbeAsync(CancellationToken ct)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            // The write changes nothing: it takes the audit chain's row lock for an instant.
            var rows = await db.AuditHeads.Where(h => h.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSeq, h => h.LastSeq), ct);
            return rows == 1 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("audit head missing");
        }
#pragma warning disable CA1031 // any failure to reach the database means not ready
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return HealthCheckResult.Unhealthy("database unreachable", ex);
        }
    }
}
