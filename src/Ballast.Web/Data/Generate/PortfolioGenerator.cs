using System.Diagnostics;
using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data.Generate;

/// <summary>Fills the database with a synthetic portfolio at a chosen scale, the same from the same seed:
/// projects with their stage histories, each year's key projects with annual plans and monthly reports,
/// problems and the list of projects to land. Records go through the rules of the bulk loads and are
/// written by <see cref="BatchWriter"/> in audited batches.</summary>
public sealed class PortfolioGenerator(IServiceProvider services, GenerateOptions options, TextWriter output)
{
    public async Task<GeneratedCounts> RunAsync()
    {
        var clock = Stopwatch.StartNew();
        var db = services.GetRequiredService<AppDbContext>();
        var t = services.GetRequiredService<Texts>();
        var r = await ReferenceLoader.LoadAsync(db, services.GetRequiredService<DispatchService>(), options);
        var draw = new Draws(options.Seed);
        var horizon = r.Today < new DateOnly(options.LastYear, 12, 31) ? r.Today : new DateOnly(options.LastYear, 12, 31);
        var plans = new PortfolioPlanner(draw, options, horizon).Plan();

        var projects = db.Projects.IgnoreQueryFilters();
        var serial = await projects.CountAsync();
        var codes = new GeneratedCodes(draw, await projects.Where(p => p.ProjectCode != null).Select(p => p.ProjectCode!).ToListAsync());
        var counts = new GeneratedCounts();
        var records = new PlanWriter(db, new ProjectBuilder(db, t, draw, r, codes), new KeyYearBuilder(draw, r, new MonthlyReportDraw(t, draw, r)),
            new ProblemDraw(t, draw, r), draw, counts);
        var writer = new BatchWriter(db, r, counts, output);
        r.Attach(db);
        // Only new graphs are added, and Add attaches each whole graph: there is nothing to detect, and
        // scanning the tracker on every Find and Add cost more than building the records.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            foreach (var plan in plans)
            {
                await records.AddAsync(plan, ++serial);
                await writer.FlushIfFullAsync();
            }
            await writer.FlushAsync();
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }
        counts.Elapsed = clock.Elapsed;
        return counts;
    }
}
