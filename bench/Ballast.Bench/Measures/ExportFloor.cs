using System.Diagnostics;
using MiniExcelLibs;

namespace Ballast.Bench.Measures;

/// <summary>The export's floor: a bare MiniExcel write of exactly the rows Ballast exported (read back from its
/// file), into memory. Returns the median milliseconds and the number of rows.</summary>
public static class ExportFloor
{
    public static (double Median, int Rows) Measure(byte[] exported, int samples)
    {
        using var source = new MemoryStream(exported);
        var rows = source.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>()
            .Select(r => r.ToDictionary(kv => kv.Key, kv => kv.Value)).ToList();
        var times = new List<double>();
        for (var i = 0; i <= samples; i++)
        {
            var start = Stopwatch.GetTimestamp();
            using var target = new MemoryStream();
            target.SaveAs(rows);
            if (i > 0)
            {
                times.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            }
        }
        return (Stats.Median(times), rows.Count);
    }
}
