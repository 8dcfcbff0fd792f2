using Ballast.Web.Features.Auditing;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Auditing.AuditArchiveWorld;

namespace Ballast.Tests.Auditing;

/// <summary>Audit retention: entries older than the retention period go to an archive file that
/// verifies on its own, the live chain still verifies from the anchor the archive leaves, a
/// younger entry is never pruned, and a retention under 180 days is refused.</summary>
public sealed class AuditArchiveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ballast-archive-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Archived_entries_verify_alone_and_the_live_chain_verifies_from_the_anchor()
    {
        await using var app = await CreateAsync();
        var lastOf2022 = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.EntityKey != "" && e.After!.Contains("二〇二二年目标5"))
            .Select(e => e.Id).SingleAsync());
        var total = await app.WithDbAsync(db => db.AuditEntries.LongCountAsync());
        var file = Path.Combine(_folder, "audit-2022.jsonl");

        var (code, output) = await ArchiveAsync(app, "--before", "2023-01-01", "--out", file);

        Assert.True(code == 0, output);
        var check = await AuditArchiveFile.VerifyAsync(file);
        Assert.True(check.Intact, check.Describe());
        Assert.Equal((1L, lastOf2022, AuditHash.Genesis), (check.Header!.First, check.Header.Last, check.Header.PrevHash));
        using (var verify = new StringWriter())
        {
            Assert.Equal(0, await AuditArchiveFile.RunAsync(file, verify));
            Assert.Contains($"audit archive intact: entries 1–{lastOf2022}", verify.ToString(), StringComparison.Ordinal);
        }
        var anchor = await app.WithDbAsync(db => db.AuditHeads.AsNoTracking().SingleAsync(h => h.Id == AuditHead.AnchorRow));
        Assert.Equal((lastOf2022, check.Header.LastHash), (anchor.LastSeq, anchor.LastHash));
        Assert.Equal(0, await app.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Id <= lastOf2022)));
        var live = await VerifyLiveAsync(app);
        Assert.True(live.Intact, live.Problem);
        Assert.Equal(lastOf2022 + 1, live.First);
        Assert.Equal(total - lastOf2022 + 1, live.Checked);
        // The pruning is itself in the live chain, with the archive's digest.
        var recorded = await app.WithDbAsync(db => db.AuditEntries.SingleAsync(e => e.Action == AuditActions.Archive));
        Assert.Contains(await Web.Common.FileDigest.Sha256Async(file), recorded.After, StringComparison.Ordinal);

        // A year on, the next archive starts where the first ended: the two files chain.
        app.Clock.Set(Now.AddYears(1));
        await AddTargetsAsync(app, await Projects.SpineData.UnitAsync(app, "370211"), "二〇二四年目标", 2);
        var second = Path.Combine(_folder, "audit-2023.jsonl");
        Assert.Equal(0, (await ArchiveAsync(app, "--before", "2023-08-01", "--out", second)).Code);
        var next = await AuditArchiveFile.VerifyAsync(second);
        Assert.True(next.Intact, next.Describe());
        Assert.Equal((lastOf2022 + 1, check.Header.LastHash), (next.Header!.First, next.Header.PrevHash));
        Assert.True((await VerifyLiveAsync(app)).Intact);

        // Removing the first live entry behind the anchor's back is a gap.
        var firstLive = await app.WithDbAsync(db => db.AuditEntries.MinAsync(e => e.Id));
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Id\" = {0}", firstLive));
        var broken = await VerifyLiveAsync(app);
        Assert.False(broken.Intact);
        Assert.Equal(firstLive, broken.BrokenAt);
    }

    [Fact]
    public async Task Entries_younger_than_the_retention_period_are_never_pruned()
    {
        await using var app = await CreateAsync();
        var total = await app.WithDbAsync(db => db.AuditEntries.LongCountAsync());
        var file = Path.Combine(_folder, "too-young.jsonl");

        // Now is 2023-07-10 09:00 Beijing time and 180 days are kept: --before 2023-01-11 is the latest allowed.
        foreach (var before in new[] { "2023-07-10", "2023-03-01", "2023-01-12" })
        {
            var (code, output) = await ArchiveAsync(app, "--before", before, "--out", file);
            Assert.Equal(2, code);
            Assert.Contains("Audit:RetentionDays = 180", output, StringComparison.Ordinal);
            Assert.Contains("since 2023-01-11 09:00", output, StringComparison.Ordinal);
            Assert.Contains("--before 2023-01-11 or earlier", output, StringComparison.Ordinal);
            Assert.False(File.Exists(file));
        }
        Assert.Equal(total, await app.WithDbAsync(db => db.AuditEntries.LongCountAsync()));

        // Exporting without pruning is allowed for any period, and removes nothing.
        var (exported, _) = await ArchiveAsync(app, "--before", "2023-07-11", "--out", file, "--no-prune");
        Assert.Equal(0, exported);
        var check = await AuditArchiveFile.VerifyAsync(file);
        Assert.True(check.Intact, check.Describe());
        Assert.Equal(total, check.Checked);
        Assert.Equal(total, await app.WithDbAsync(db => db.AuditEntries.LongCountAsync()));
        Assert.False(await app.WithDbAsync(db => db.AuditHeads.AnyAsync(h => h.Id == AuditHead.AnchorRow)));
        // An archive is never overwritten.
        Assert.Equal(2, (await ArchiveAsync(app, "--before", "2023-01-01", "--out", file)).Code);
        // The latest day allowed is allowed.
        Assert.Equal(0, (await ArchiveAsync(app, "--before", "2023-01-11", "--out", Path.Combine(_folder, "latest.jsonl"))).Code);
        Assert.True(await app.WithDbAsync(db => db.AuditHeads.AnyAsync(h => h.Id == AuditHead.AnchorRow)));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(30, false)]
    [InlineData(179, false)]
    [InlineData(180, true)]
    [InlineData(3650, true)]
    public void A_retention_under_180_days_is_refused_naming_the_setting(int days, bool accepted)
    {
        var result = new AuditOptionsValidator().Validate(null, new AuditOptions { RetentionDays = days });
        Assert.Equal(accepted, result.Succeeded);
        if (!accepted)
        {
            Assert.Contains($"Audit:RetentionDays is {days}", result.FailureMessage, StringComparison.Ordinal);
            Assert.Contains("at least 180 days", result.FailureMessage, StringComparison.Ordinal);
        }
    }
}
