using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Common;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>Projects from a spreadsheet: read (any reasonable layout), check every row against the
/// same rules as the edit page, preview, then commit every good row in one transaction — or none.
/// A row updates the project with the same project code, or the same name in the same unit;
/// otherwise it creates one. An empty cell never clears a value. The same file twice is a no-op.
/// The file is read once, a batch of rows at a time: memory follows the batch, not the file.</summary>
public sealed partial class ProjectImporter(AppDbContext db, UserScope scope, Texts t, IConfiguration configuration)
{
    public const string Kind = "projects";

    /// <summary>Rows looked up and written together: two lookups and one SaveChanges per batch.</summary>
    private const int BatchSize = 1_000;

    public async Task<ImportPreview> PreviewAsync(byte[] file, string fileName, int year)
    {
        using var sheet = Open(file);
        var hash = Hash(sheet, year);
        var done = await ImportCommit.DoneAsync(db, Kind, hash);
        var rows = new List<ImportRow>();
        await ReadAsync(sheet, year, rows.Add, write: false);
        return new ImportPreview(Kind, hash, fileName, [.. sheet.Errors], sheet.Head.UnmatchedNotice, rows, [.. sheet.SkippedRows], done);
    }

    public async Task<ImportResult> CommitAsync(byte[] file, string fileName, int year)
    {
        using var sheet = Open(file);
        var hash = Hash(sheet, year);
        if (await ImportCommit.DoneAsync(db, Kind, hash) is { } done)
        {
            return ImportCommit.AlreadyImported(done);
        }
        if (sheet.Errors.Count > 0)
        {
            return ImportCommit.Refused([], sheet.Errors);
        }
        var rejected = new List<ImportRow>();
        var (created, updated) = (0, 0);
        var committed = await ImportCommit.RunAsync(db, scope, Kind, hash, fileName, async () =>
        {
            (created, updated) = await ReadAsync(sheet, year, ImportCommit.Rejections(rejected), write: true);
            // A sheet error met on the way (a file that breaks off) keeps nothing.
            return sheet.Errors.Count == 0 && created + updated > 0 ? created + updated : null;
        });
        return committed ? new ImportResult(true, created, updated, rejected, [], null) : ImportCommit.Refused(rejected, sheet.Errors);
    }

    private SheetRows Open(byte[] file) => SheetReader.Open(new MemoryStream(file), ImportSpecs.Projects, ImportLimits.Options(configuration));

    /// <summary>The same sheet for another programme year is a different import (its key projects are that year's).</summary>
    private static string Hash(SheetRows sheet, int year) => $"{sheet.Head.FileSha256[..56]}{year:x8}";

    /// <summary>The one pass: each batch of rows is screened, looked up, checked and, on commit, written and let go.</summary>
    private async Task<(int Created, int Updated)> ReadAsync(SheetRows sheet, int year, Action<ImportRow> report, bool write)
    {
        var lookups = await ImportLookups.LoadAsync(db);
        var matcher = await ProjectMatcher.StartAsync(db, scope, year, track: write);
        var now = db.Time.GetUtcNow();
        var today = CityTime.DateOf(now);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var (created, updated) = (0, 0);
        foreach (var batch in sheet.Rows.Chunk(BatchSize))
        {
            var screened = batch.Select(r => Screen(r, lookups, seen)).ToList();
            await matcher.LoadAsync([.. screened.Where(s => s.Problems.Count == 0).Select(s => (s.Code, s.Unit!.Id, s.Name!))]);
            var planned = new List<Planned>();
            foreach (var s in screened)
            {
                var p = Check(s, matcher, today);
                report(p.Row);
                if (p.Row.Action != RowAction.Reject)
                {
                    planned.Add(p);
                }
            }
            created += planned.Count(p => p.Existing is null);
            updated += planned.Count(p => p.Existing is not null);
            if (write && planned.Count > 0)
            {
                await SaveAsync(planned, year, now, today, matcher);
            }
        }
        return (created, updated);
    }

    /// <summary>Writes one batch (audited by the context's save) and lets it go. Changes are detected
    /// once, here, rather than at each of the save's passes over a tracker holding the whole batch.</summary>
    private async Task SaveAsync(List<Planned> planned, int year, DateTimeOffset now, DateOnly today, ProjectMatcher matcher)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            planned.ForEach(p => Apply(p, year, now, today, matcher));
            db.ChangeTracker.DetectChanges();
            await db.SaveChangesAsync();
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }
    }

    private void Apply(Planned p, int year, DateTimeOffset now, DateOnly today, ProjectMatcher matcher)
    {
        var project = p.Existing ?? new Project { Name = p.Input.Name, CreatedAt = now, CreatedOn = today };
        if (p.Existing is null)
        {
            db.Projects.Add(project);
        }
        p.Input.ApplyTo(project, now);
        MoveStages(project, p, today, now);
        if (p.Key is { } key)
        {
            UpsertKeyProject(project, year, key.Plan, matcher);
        }
    }
}
