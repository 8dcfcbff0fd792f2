using System.Diagnostics;
using System.Globalization;

namespace Ballast.Web.Data.Generate;

/// <summary>Writes what the generator added through <see cref="AppDbContext.SaveChangesAsync(bool, CancellationToken)"/>
/// — scope checked, every row audited, one transaction — once about <see cref="BatchSize"/> records are
/// pending, then clears the change tracker so that memory and change detection stay flat. Prints
/// progress every few seconds.</summary>
internal sealed class BatchWriter(AppDbContext db, GeneratorReference reference, GeneratedCounts counts, TextWriter output)
{
    public const int BatchSize = 2_000;

    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _printed;
    private long _written;

    public async Task FlushIfFullAsync()
    {
        if (counts.Rows - _written >= BatchSize)
        {
            await FlushAsync();
        }
    }

    public async Task FlushAsync()
    {
        if (counts.Rows == _written)
        {
            return;
        }
        var started = _clock.Elapsed;
        await db.SaveChangesAsync();
        counts.Saving += _clock.Elapsed - started;
        db.ChangeTracker.Clear();
        reference.Attach(db);
        _written = counts.Rows;
        counts.Elapsed = _clock.Elapsed;
        if (counts.Elapsed - _printed >= TimeSpan.FromSeconds(5))
        {
            _printed = counts.Elapsed;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {_written:N0} rows ({counts.Projects:N0} projects, {counts.MonthlyReports:N0} monthly reports), {counts.RowsPerSecond:N0} rows/s"));
        }
    }
}
