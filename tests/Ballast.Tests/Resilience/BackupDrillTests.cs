using System.Globalization;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Resilience.BackupRuns;

namespace Ballast.Tests.Resilience;

/// <summary>The recovery drill, on the engine the suite runs on: the demo programme is backed up
/// while Ballast runs, the data then changes, the backup is restored into a fresh database, and
/// every headline figure (dashboard, key-project totals, plan indicators, bulletin) and the audit
/// chain's head are what they were at backup time.</summary>
public sealed class BackupDrillTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2023, 10, 8, 1, 0, 0, TimeSpan.Zero);
    private const string Period = "year=2023&month=9";
    private readonly string _folder = Directory.CreateTempSubdirectory("ballast-drill-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static async Task<string[]> FiguresAsync(HttpClient api) =>
    [
        await api.GetStringAsync($"/api/dashboard?{Period}"),
        await api.GetStringAsync($"/api/key-projects?{Period}"),
        await api.GetStringAsync($"/api/programme/plan?{Period}"),
        await api.GetStringAsync($"/api/programme/bulletin?{Period}"),
    ];

    [Fact]
    public async Task A_restored_backup_shows_every_headline_figure_and_the_audit_head_as_at_backup_time()
    {
        RequirePgTools();
        await using var live = new BallastFactory();
        live.Clock.Set(Now);
        await live.WithDbAsync(async db =>
        {
            await new DemoPortfolio(db).SeedAsync();
            await DemoProgramme.SeedAsync(db);
        });
        var password = await live.CreateUserAsync("drill-office", "dept-drc", Roles.ProgrammeOffice);
        var api = await Browser.WithTokenAsync(live, "drill-office", password);
        var atBackup = await FiguresAsync(api);
        var head = await HeadAsync(live);
        Assert.Contains("\"key-projects-total\"", atBackup[0], StringComparison.Ordinal);

        var (code, output, file) = await BackupAsync(live, Path.Combine(_folder, "backups"));
        Assert.True(code == 0, output);
        Assert.Contains(BallastFactory.IsPostgres ? "audit trail intact" : $"head {head.LastHash}", output, StringComparison.Ordinal);

        // The programme moves on after the backup: a month's figure and a project's investment change.
        await live.WithDbAsync(async db =>
        {
            var report = await db.MonthlyReports.Where(r => r.Period!.Year == 2023 && r.Period.Month == 9).OrderBy(r => r.Id).FirstAsync();
            report.Completed += 12_345m;
            var project = await db.KeyProjects.Where(k => k.Year == 2023).Select(k => k.Project!).OrderBy(p => p.Id).FirstAsync();
            project.TotalInvestment += 500_000m;
            await db.SaveChangesAsync();
        });
        var moved = await FiguresAsync(api);
        Assert.NotEqual(atBackup[0], moved[0]);
        Assert.NotEqual(atBackup[1], moved[1]);
        Assert.NotEqual(head.LastHash, (await HeadAsync(live)).LastHash);

        await using var restored = new BallastFactory();
        restored.Clock.Set(Now);
        var (restoredCode, restoreOutput) = await RestoreAsync(restored.ConnectionString, file!, Now);
        Assert.True(restoredCode == 0, restoreOutput);
        var restoredHead = await HeadAsync(restored);
        Assert.Equal((head.LastSeq, head.LastHash), (restoredHead.LastSeq, restoredHead.LastHash));
        var again = await FiguresAsync(await Browser.WithTokenAsync(restored, "drill-office", password));
        for (var i = 0; i < atBackup.Length; i++)
        {
            Assert.True(atBackup[i] == again[i], $"figure source {i.ToString(CultureInfo.InvariantCulture)} differs after the restore");
        }
        Assert.True((await restored.WithDbAsync(db => AuditVerifier.VerifyAsync(db))).Intact);
    }

    [Fact]
    public async Task A_backup_taken_while_writes_go_on_is_one_consistent_moment()
    {
        RequirePgTools();
        await using var live = new BallastFactory();
        var api = await Import.ImportHttp.OfficeAsync(live, "drill-writer");
        var unit = await Projects.SpineData.UnitAsync(live, "370211");
        using var stop = new CancellationTokenSource();
        var writes = Task.Run(async () =>
        {
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var response = await api.PostAsJsonAsync("/api/lists/targets",
                    new Web.Features.Lists.TargetInput { Year = 2023, Name = $"备份期间写入{i}", OwnerUnitId = unit });
                Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
            }
        });
        for (var n = 0; n < 3; n++)
        {
            var (code, output, _) = await BackupAsync(live, Path.Combine(_folder, "during"));
            Assert.True(code == 0, output);
            Assert.Contains("audit trail intact", output, StringComparison.Ordinal);
        }
        await stop.CancelAsync();
        await writes;
        Assert.True(await live.WithDbAsync(db => db.AttractionTargets.CountAsync()) > 0);
    }
}
