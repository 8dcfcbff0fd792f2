using BenchmarkDotNet.Attributes;
using Ballast.Web.Data;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Bench.Micro;

/// <summary>The dashboard's district breakdown the way Ballast computes it (grouped sums in the
/// database) against the obvious alternative (load the key projects and their reports, group in
/// memory), on the same data, side by side. The ratio is what docs/performance.md reports.</summary>
[MemoryDiagnoser]
public class DashboardBenchmarks
{
    private string _connection = "";

    [Params(2_000, 20_000)]
    public int KeyProjects { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var path = ProvinceData.CreateAsync(KeyProjects, Path.Combine(Path.GetTempPath(), "ballast-bench")).GetAwaiter().GetResult();
        _connection = $"Data Source={path}";
    }

    [Benchmark(Baseline = true, Description = "rows into memory")]
    public async Task<int> RowsIntoMemory()
    {
        await using var db = ProvinceData.Open(_connection);
        var keys = await db.KeyProjects.AsNoTracking().Where(k => k.Year == 2023 && k.Class == KeyProjectClass.Construction).ToListAsync();
        var reports = await db.MonthlyReports.AsNoTracking().Include(r => r.Period).Where(r => r.Period!.Year == 2023 && r.Period.Month <= 9).ToListAsync();
        var ytd = reports.GroupBy(r => r.KeyProjectId).ToDictionary(g => g.Key, g => g.Sum(r => r.Completed));
        return keys.GroupBy(k => k.OwnerUnitId).Select(g => (g.Key, g.Sum(k => k.PlannedInvestment), g.Sum(k => ytd.GetValueOrDefault(k.Id)))).Count();
    }

    [Benchmark(Description = "grouped in the database (Ballast)")]
    public async Task<int> GroupedInDatabase()
    {
        await using var db = ProvinceData.Open(_connection);
        var figures = new KeyProjectFigures(db);
        return (await figures.ByAsync(Breakdown.District, 2023, 9)).Count;
    }
}
