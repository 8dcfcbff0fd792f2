using System.Globalization;
using Ballast.Web.Common;
using Ballast.Web.Data;
using Microsoft.Extensions.Options;

namespace Ballast.Web.Features.Auditing;

/// <summary><c>audit archive --before yyyy-MM-dd --out FILE [--no-prune]</c>: writes the live
/// entries recorded before the date (Beijing time) to an archive file, checks the file as written,
/// then prunes them from the database — only when all of them are older than the retention period
/// (<c>Audit:RetentionDays</c>), and leaving an anchor so that the live chain still verifies.
/// <c>--no-prune</c> exports any period and removes nothing.</summary>
public static class AuditArchiveCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var options = CommandLine.Options(args);
        if (!options.TryGetValue("before", out var text) || !options.TryGetValue("out", out var path) || path.Length == 0
            || !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            await stderr.WriteLineAsync("usage: audit archive --before yyyy-MM-dd --out FILE [--no-prune]");
            return 2;
        }
        if (File.Exists(path))
        {
            await stderr.WriteLineAsync($"{path} exists: an archive is never overwritten; choose another name.");
            return 2;
        }
        var prune = !options.ContainsKey("no-prune");
        var db = services.GetRequiredService<AppDbContext>();
        var retention = services.GetRequiredService<IOptions<AuditOptions>>().Value.RetentionDays;
        var now = db.Time.GetUtcNow();
        var before = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), CityTime.Offset);
        var keepFrom = now.AddDays(-retention);
        var latest = CityTime.DateOf(keepFrom);
        if (prune && date > latest)
        {
            await stderr.WriteLineAsync($"refused: entries recorded since {keepFrom.ToOffset(CityTime.Offset):yyyy-MM-dd HH:mm} (Beijing time) "
                + "are younger than the retention period "
                + $"(Audit:RetentionDays = {retention}) and stay in the database. Choose --before {latest:yyyy-MM-dd} or earlier, "
                + "or add --no-prune to export without removing anything.");
            return 2;
        }
        var live = await AuditVerifier.VerifyAsync(db);
        if (!live.Intact)
        {
            await stderr.WriteLineAsync($"refused: {AuditVerifier.Describe(live)}; nothing archived.");
            return 1;
        }
        if (await AuditSegment.FindAsync(db, before, now) is not { } segment)
        {
            await stdout.WriteLineAsync($"nothing recorded before {date:yyyy-MM-dd} is left in the database: no archive written.");
            return 0;
        }
        await AuditArchiveFile.WriteAsync(db, segment, path);
        var check = await AuditArchiveFile.VerifyAsync(path);
        await stdout.WriteLineAsync($"{path}: {check.Describe()}");
        if (!check.Intact || check.Header != segment)
        {
            await stderr.WriteLineAsync("refused: the archive as written does not verify; nothing pruned.");
            return 1;
        }
        if (!prune)
        {
            return 0;
        }
        await AuditPrune.RunAsync(db, segment, Path.GetFileName(path), await FileDigest.Sha256Async(path));
        var after = await AuditVerifier.VerifyAsync(db);
        await stdout.WriteLineAsync($"pruned entries {segment.First}–{segment.Last}; live {AuditVerifier.Describe(after)}");
        return after.Intact ? 0 : 1;
    }
}
