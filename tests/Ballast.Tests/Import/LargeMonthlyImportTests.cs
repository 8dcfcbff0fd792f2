using Ballast.Tests.Excel;
using Ballast.Tests.Infrastructure;
using Ballast.Tests.Projects;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Import;

/// <summary>A month's figures for more key projects than one batch holds: every row matched by the
/// file's keyed lookup, submitted batch by batch in one transaction, a repeat caught across batches.</summary>
public sealed class LargeMonthlyImportTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const int Keys = 2_100;
    private const int Year = 2050;
    private const string Prefix = "（月批）项目";

    [Fact]
    public async Task Figures_for_thousands_of_key_projects_go_in_together_and_a_repeat_is_refused_wherever_it_stands()
    {
        await BulkProjects.InsertAsync(factory, Prefix, await SpineData.UnitAsync(factory, "370211"), Keys);
        await BulkProjects.ListAsync(factory, Prefix, Year);
        var periodId = await factory.WithDbAsync(async db =>
        {
            var period = new ReportingPeriod { Year = Year, Month = 2, DueOn = new DateOnly(Year, 2, 28), State = PeriodState.Open, OpenedAt = db.Time.GetUtcNow() };
            db.ReportingPeriods.Add(period);
            await db.SaveChangesAsync();
            return period.Id;
        });
        // Project 3 again at data row 1,500: its first row is in the first batch, the repeat in the second.
        var rows = Enumerable.Range(1, Keys).Select(i => new object?[] { $"{Prefix}{i}", (double)i }).ToList();
        rows.Insert(1_499, [$"{Prefix}3", 7d]);
        var client = await ImportHttp.OfficeAsync(factory, "monthly-large");

        var result = await ImportHttp.JsonAsync(await client.PostAsync($"/api/dispatch/periods/{periodId}/import",
            ImportHttp.Upload(Xlsx.Build([["项目名称", "本月完成投资（万元）"], .. rows], merges: []))));

        Assert.True(result.GetProperty("committed").GetBoolean());
        Assert.Equal(Keys, result.GetProperty("updated").GetInt32());
        Assert.Equal(["1501: 同一项目出现多次"], ImportHttp.Rejections(result, "rejected"));
        var stored = await factory.WithDbAsync(db => db.MonthlyReports.Where(r => r.PeriodId == periodId)
            .GroupBy(r => r.State).Select(g => new { State = g.Key, Count = g.Count(), Sum = g.Sum(r => r.Completed) }).ToListAsync());
        var submitted = Assert.Single(stored);
        Assert.Equal((ReportState.Submitted, Keys, Keys * (Keys + 1) / 2m), (submitted.State, submitted.Count, submitted.Sum));
    }
}
