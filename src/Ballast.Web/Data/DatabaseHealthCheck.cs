using Ballast.Web.Common.Web;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ballast.Web.Data;

/// <summary>Readiness: healthy when Ballast's own tables answer a read and take a write, not merely
/// when a connection opens (SQLite opens a fresh empty file happily; a full disk or a read-only
/// file still reads). Unhealthy (503) when the database refuses writes or cannot be reached;
/// degraded (still 200) when a writer holds the lock longer than the probe waits, so that one
/// long import does not take the only instance out of service. The reason goes to the log, once
/// per change, never into the answer. Checked at most once a second whatever the polling rate;
/// the answer in between is the last one.</summary>
public sealed class DatabaseHealthCheck(IServiceScopeFactory scopes, ILogger<DatabaseHealthCheck> log) : IHealthCheck, IDisposable
{
    // Monotonic milliseconds: the interval is real time even where the app's clock is pinned.
    private const long IntervalMs = 1000;
    /// <summary>How long the probe waits for the write lock or an answer.</summary>
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);
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
            Report(last?.Result, result);
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
            db.Database.SetCommandTimeout(ProbeTimeout);
            // The write changes nothing: it takes the audit chain's row lock for an instant.
            var rows = await db.AuditHeads.Where(h => h.Id == 1).ExecuteUpdateAsync(s => s.SetProperty(h => h.LastSeq, h => h.LastSeq), ct);
            return rows == 1 ? HealthCheckResult.Healthy() : HealthCheckResult.Unhealthy("audit head missing");
        }
#pragma warning disable CA1031 // any failure to reach the database means not ready
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return DatabaseOutage.Of(ex) switch
            {
                Outage.Busy => HealthCheckResult.Degraded("database busy: a writer holds the lock", ex),
                Outage.Unwritable => HealthCheckResult.Unhealthy("database cannot be written", ex),
                _ => HealthCheckResult.Unhealthy("database unreachable", ex),
            };
        }
    }

    /// <summary>Logs a change of state with its reason, once, rather than on every poll.</summary>
    private void Report(HealthCheckResult? before, HealthCheckResult now)
    {
        if (before?.Status == now.Status && before?.Description == now.Description)
        {
            return;
        }
        if (now.Status == HealthStatus.Healthy)
        {
            log.LogInformation("Database ready");
        }
        else
        {
            log.LogWarning(now.Exception, "Database not ready ({Status}): {Reason}", now.Status, now.Description);
        }
    }
}
