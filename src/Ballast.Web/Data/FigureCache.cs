using System.Globalization;
using Ballast.Web.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Ballast.Web.Data;

/// <summary>Computed figures (dashboard, plan, bulletin) kept per key until the data changes. The key
/// carries the database's data sequence (<see cref="Features.Auditing.AuditHead.DataSeq"/>), read
/// with one indexed query per request, so a save through any instance retires every cached figure
/// at once; it also carries the reader's scope, culture and the city's date. Concurrent readers of
/// a missing key wait for one computation instead of each running it.</summary>
public sealed class FigureCache : IDisposable
{
    private static readonly TimeSpan Idle = TimeSpan.FromMinutes(10);

    // Its own store with a bound: a thousand figure sets, the oldest idle ones go first.
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 1000, CompactionPercentage = 0.25 });

    public void Dispose() => cache.Dispose();

    public async Task<T> GetAsync<T>(AppDbContext db, string key, Func<Task<T>> compute)
    {
        var seq = await db.AuditHeads.AsNoTracking().Where(h => h.Id == 1).Select(h => h.DataSeq).FirstAsync();
        var scope = db.Scope.ReadsAll ? "all" : string.Join(',', db.Scope.UnitIds);
        var full = string.Join('|', key, seq, scope, CultureInfo.CurrentUICulture.Name, CityTime.Today(db.Time).DayNumber);
        var lazy = cache.GetOrCreate(full, e =>
        {
            e.SlidingExpiration = Idle;
            e.Size = 1;
            return new Lazy<Task<T>>(compute);
        })!;
        try
        {
            return await lazy.Value;
        }
        catch
        {
            // A failed computation is not remembered: the next reader tries again.
            cache.Remove(full);
            throw;
        }
    }
}
