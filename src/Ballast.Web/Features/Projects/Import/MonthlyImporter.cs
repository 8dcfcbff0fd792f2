using Ballast.Web.Common.Excel;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>A month's figures from a spreadsheet, matched to key projects by project code or name,
/// submitted through the same dispatch rules as the form (locked months stay locked). The file is
/// read once, a batch of rows at a time, each batch saved in the one transaction.</summary>
public sealed partial class MonthlyImporter(AppDbContext db, UserScope scope, DispatchService dispatch, IConfiguration configuration)
{
    public const string Kind = "monthly";

    /// <summary>Rows whose figures are looked up and submitted together.</summary>
    private const int BatchSize = 1_000;

    public async Task<ImportPreview> PreviewAsync(byte[] file, string fileName, int periodId)
    {
        using var sheet = Open(file);
        var hash = Hash(sheet, periodId);
        var done = await ImportCommit.DoneAsync(db, Kind, hash);
        var rows = new List<ImportRow>();
        var errors = await ReadAsync(sheet, periodId, rows.Add, write: null);
        return new ImportPreview(Kind, hash, fileName, errors, sheet.Head.UnmatchedNotice, rows, [.. sheet.SkippedRows], done);
    }

    public async Task<ImportResult> CommitAsync(byte[] file, string fileName, int periodId)
    {
        using var sheet = Open(file);
        var hash = Hash(sheet, periodId);
        if (await ImportCommit.DoneAsync(db, Kind, hash) is { } done)
        {
            return ImportCommit.AlreadyImported(done);
        }
        var rejected = new List<ImportRow>();
        IReadOnlyList<string> errors = [], failed = [];
        var written = 0;
        var committed = await ImportCommit.RunAsync(db, scope, Kind, hash, fileName, async () =>
        {
            errors = await ReadAsync(sheet, periodId, ImportCommit.Rejections(rejected), async entries =>
            {
                // Every check the dispatch makes already ran per row; this only fails on a race (the
                // month closed or a report was accepted in between), and then nothing is kept.
                failed = [.. (await dispatch.SaveAsync(periodId, entries, submit: true)).Select(e => e.Error)];
                db.ChangeTracker.Clear();
                written += entries.Count;
                return failed.Count == 0;
            });
            return errors.Count == 0 && failed.Count == 0 && written > 0 ? written : null;
        });
        return committed ? new ImportResult(true, 0, written, rejected, [], null)
            : failed.Count > 0 ? ImportCommit.Refused(rejected, failed, "导入未完成，未写入任何数据")
            : ImportCommit.Refused(rejected, errors);
    }

    private SheetRows Open(byte[] file) => SheetReader.Open(new MemoryStream(file), ImportSpecs.Monthly, ImportLimits.Options(configuration));

    /// <summary>The same figures for another month are a different import: the period is part of the key.</summary>
    private static string Hash(SheetRows sheet, int periodId) => $"{sheet.Head.FileSha256[..56]}{periodId:x8}";

    /// <summary>The one pass. Rows go to <paramref name="report"/>; each batch's good entries to
    /// <paramref name="write"/>, which answers whether to go on.</summary>
    /// <returns>What is wrong with the sheet as a whole.</returns>
    private async Task<IReadOnlyList<string>> ReadAsync(SheetRows sheet, int periodId, Action<ImportRow> report,
        Func<List<ReportEntry>, Task<bool>>? write)
    {
        var period = await db.ReportingPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId);
        var errors = sheet.Errors.ToList();
        if (period is null)
        {
            errors.Add("调度期不存在");
        }
        else if (errors.Count == 0)
        {
            errors.AddRange(SheetChecks(sheet.Head, period));
        }
        if (period is null || errors.Count > 0)
        {
            return errors;
        }
        var keys = await MonthlyKeys.LoadAsync(db, period.Year);
        var earlier = await db.ReportingPeriods.AsNoTracking().Where(p => p.Year == period.Year && p.Month < period.Month).Select(p => p.Month).ToListAsync();
        var tolerance = 0.005m * sheet.Head.Columns.Where(c => c.Spec.Key is "Completed" or "YearToDate").Max(c => c.Multiplier);
        var seen = new HashSet<int>();
        foreach (var batch in sheet.Rows.Chunk(BatchSize))
        {
            var matched = batch.Select(r => Matched.Of(r, keys)).ToList();
            var figures = await FiguresAsync(period, [.. matched.Select(m => m.Key?.Id).OfType<int>().Distinct()]);
            var entries = new List<ReportEntry>();
            foreach (var m in matched)
            {
                if (Check(m, figures, period, earlier, tolerance, seen) is { } entry)
                {
                    entries.Add(entry);
                }
                report(new ImportRow(m.Row.RowNumber, m.Row.GetString("Name") ?? m.Row.GetString("ProjectCode"),
                    m.Problems.Count == 0 ? RowAction.Update : RowAction.Reject, m.Problems.Count == 0 ? [] : m.Problems));
            }
            if (write is not null && entries.Count > 0 && !await write(entries))
            {
                break;
            }
        }
        return [.. sheet.Errors];
    }

    /// <summary>The row's entry, or null with the reasons in its problems.</summary>
    private ReportEntry? Check(Matched m, Dictionary<int, KeyFigures> figures, ReportingPeriod period, List<int> earlier, decimal tolerance,
        HashSet<int> seen)
    {
        var (r, problems, key) = (m.Row, m.Problems, m.Key);
        if (key is null)
        {
            return null;
        }
        if (!figures.TryGetValue(key.Id, out var f))
        {
            problems.Add($"未找到该重点项目：{key.Name}");
        }
        else if (!seen.Add(key.Id))
        {
            problems.Add("同一项目出现多次");
        }
        else if (DispatchRules.Check(DispatchAction.Submit, f.State, period.State, dispatch.IsOffice, scope.CanWrite(key.OwnerUnitId)) is { } refused)
        {
            problems.Add(refused);
        }
        else
        {
            var missing = earlier.Except(f.CountedMonths).Order().ToList();
            var (figure, problem) = MonthlyFigure.Resolve(r.GetDecimal("Completed"), r.GetDecimal("YearToDate"), f.Before, missing, tolerance);
            var entry = new ReportEntry(key.Id, figure, r.GetString("Progress"), false, false);
            // The form's own checks, in its words, so that nothing that previews clean fails at commit.
            if ((problem ?? DispatchRules.CheckFigures(entry, submit: true)) is { } p)
            {
                problems.Add(p);
            }
            else
            {
                return entry;
            }
        }
        return null;
    }
}
