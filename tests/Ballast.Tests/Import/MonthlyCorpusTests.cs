using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Import;

/// <summary>Every shape of <see cref="MonthlyCorpus"/> through preview and commit into a period of
/// its own year: the figures stored, the rows refused with the form's words, nothing else changed.</summary>
public sealed class MonthlyCorpusTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    public static TheoryData<string> Shapes => [.. MonthlyCorpus.Shapes.Select(s => s.Id)];

    /// <summary>Four key projects, periods February … the shape's month, earlier months reported.</summary>
    private async Task<(int PeriodId, List<int> Keys)> WorldAsync(MonthlyShape s, int year)
    {
        var unit = await UnitAsync(factory, "370211");
        var keys = new List<int>();
        for (var i = 1; i <= 4; i++)
        {
            var (projectId, keyId) = await KeyProjectAsync(factory, Name(s, i), unit, year, 1_200m);
            await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).ExecuteUpdateAsync(u => u.SetProperty(p => p.ProjectCode, Code(year, i))));
            keys.Add(keyId);
        }
        return await factory.WithDbAsync(async db =>
        {
            var periods = Enumerable.Range(2, s.PeriodMonth - 1)
                .Select(m => new ReportingPeriod { Year = year, Month = m, DueOn = new DateOnly(year, m, 28), State = PeriodState.Open, OpenedAt = db.Time.GetUtcNow() }).ToList();
            db.ReportingPeriods.AddRange(periods);
            await db.SaveChangesAsync();
            foreach (var p in periods.Where(p => p.Month < s.PeriodMonth))
            {
                // K3 misses the month before the period: its year to date cannot be split.
                db.MonthlyReports.AddRange(keys.Where((k, i) => !(i == 2 && p.Month == s.PeriodMonth - 1)).Select(k => new MonthlyReport
                {
                    KeyProjectId = k, PeriodId = p.Id, OwnerUnitId = unit, Completed = MonthlyCorpus.PerMonth, State = ReportState.Submitted,
                }));
            }
            await db.SaveChangesAsync();
            return (periods[^1].Id, keys);
        });
    }

    private static string Name(MonthlyShape s, int i) => $"（月报{s.Id}）项目{i}";

    private static string Code(int year, int i) => $"2304-370211-04-01-{year}{i:D2}";

    private Task<string> StateAsync() => factory.WithDbAsync(async db =>
        string.Join(",", await db.MonthlyReports.AsNoTracking().OrderBy(r => r.Id).Select(r => $"{r.Id}:{r.Completed}:{r.State}").ToListAsync()));

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_shape_previews_then_commits_exactly_its_good_rows(string id)
    {
        var index = Array.FindIndex(MonthlyCorpus.Shapes, s => s.Id == id);
        var shape = MonthlyCorpus.Shapes[index];
        var year = 2040 + index;
        var (periodId, keys) = await WorldAsync(shape, year);
        var expected = Enumerable.Range(1, 4).Select(i => MonthlyCorpus.Expect(shape, i, Name(shape, i), Code(year, i))).ToList();
        var rows = shape.Head.Concat(expected.Select(e => shape.Row(e.Row))).ToArray();
        var rejected = shape.SheetError is not null ? [] : expected.Select((e, i) => (e, i)).Where(x => x.e.Reason is not null)
            .Select(x => $"{shape.Head.Length + x.i + 1}: {x.e.Reason}").ToList();
        var client = await ImportHttp.OfficeAsync(factory, $"monthly-{id}");
        var before = await StateAsync();
        var url = $"/api/dispatch/periods/{periodId}/import";

        var preview = await ImportHttp.JsonAsync(await client.PostAsync(url + "?dryRun=true", ImportHttp.Upload(ImportHttp.Sheet(rows, shape.Merges))));
        Assert.Equal(shape.SheetError is null ? Array.Empty<string?>() : [shape.SheetError], preview.GetProperty("sheetErrors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(rejected, ImportHttp.Rejections(preview, "rows"));
        Assert.Equal(before, await StateAsync());

        var response = await client.PostAsync(url, ImportHttp.Upload(ImportHttp.Sheet(rows, shape.Merges)));
        var result = await ImportHttp.JsonAsync(response);
        if (shape.SheetError is not null)
        {
            Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
            Assert.Equal([shape.SheetError], result.GetProperty("sheetErrors").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(before, await StateAsync());
            return;
        }
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(rejected, ImportHttp.Rejections(result, "rejected"));
        var stored = await factory.WithDbAsync(db => db.MonthlyReports.AsNoTracking().Where(r => r.PeriodId == periodId)
            .ToDictionaryAsync(r => r.KeyProjectId, r => (r.Completed, r.State)));
        Assert.Equal(expected.Count(e => e.Stored is not null), stored.Count);
        for (var i = 0; i < 4; i++)
        {
            if (expected[i].Stored is { } figure)
            {
                Assert.Equal((figure, ReportState.Submitted), stored[keys[i]]);
            }
        }
        // The earlier months are as they were: only this period's reports were added.
        Assert.StartsWith(before, await StateAsync(), StringComparison.Ordinal);
    }
}
