using Ballast.Web.Common.Excel;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>A month's figures from a spreadsheet, matched to key projects by project code or name,
/// submitted through the same dispatch rules as the form (locked months stay locked).</summary>
public sealed partial class MonthlyImporter(AppDbContext db, UserScope scope, DispatchService dispatch)
{
    public const string Kind = "monthly";

    public async Task<ImportPreview> PreviewAsync(byte[] file, string fileName, int periodId) => (await AnalyseAsync(file, fileName, periodId)).Preview;

    public async Task<ImportResult> CommitAsync(byte[] file, string fileName, int periodId)
    {
        var (preview, entries) = await AnalyseAsync(file, fileName, periodId);
        if (ImportCommit.Refusal(preview) is { } refused)
        {
            return refused;
        }
        var rejected = preview.Rows.Where(r => r.Action == RowAction.Reject).ToList();
        // Every check the dispatch makes already ran per row at preview; this only fails on a race
        // (the month closed or a report was accepted in between), and then writes nothing.
        var errors = await ImportCommit.RunAsync(db, scope, preview, entries.Count, async () =>
            [.. (await dispatch.SaveAsync(periodId, entries, submit: true)).Select(e => e.Error)]);
        return errors.Count > 0
            ? new ImportResult(false, 0, 0, rejected, errors, "导入未完成，未写入任何数据")
            : new ImportResult(true, 0, entries.Count, rejected, [], null);
    }

    private async Task<(ImportPreview Preview, List<ReportEntry> Entries)> AnalyseAsync(byte[] file, string fileName, int periodId)
    {
        using var stream = new MemoryStream(file);
        var sheet = SheetReader.Read(stream, ImportSpecs.Monthly);
        // The same figures for another month are a different import: the period is part of the key.
        var hash = $"{sheet.FileSha256[..56]}{periodId:x8}";
        var done = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Kind == Kind && b.FileHash == hash)
            .Select(b => (DateTimeOffset?)b.UploadedAt)
            .FirstOrDefaultAsync();
        var period = await db.ReportingPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId);
        var sheetErrors = sheet.Errors.ToList();
        if (period is null)
        {
            sheetErrors.Add("调度期不存在");
        }
        else if (sheet.Errors.Count == 0)
        {
            sheetErrors.AddRange(SheetChecks(sheet, period));
        }
        var rows = new List<ImportRow>();
        var entries = new List<ReportEntry>();
        if (period is null || sheetErrors.Count > 0)
        {
            return (new ImportPreview(Kind, hash, fileName, sheetErrors, sheet.UnmatchedNotice, rows, sheet.SkippedRows, done), entries);
        }
        var earlier = await db.ReportingPeriods.AsNoTracking().Where(p => p.Year == period.Year && p.Month < period.Month).Select(p => p.Month).ToListAsync();
        var keys = await db.KeyProjects.AsNoTracking().Where(k => k.Year == period.Year && k.Class == KeyProjectClass.Construction)
            .Select(k => new MonthlyKey(k.Id, k.OwnerUnitId, k.Project!.Name, k.Project.ProjectCode,
                k.Reports.Where(r => r.PeriodId == periodId).Select(r => (ReportState?)r.State).FirstOrDefault(),
                k.Reports.Where(r => r.Period!.Month < period.Month && MonthlyReport.Counted.Contains(r.State)).Sum(r => (decimal?)r.Completed) ?? 0m,
                k.Reports.Where(r => r.Period!.Month < period.Month && MonthlyReport.Counted.Contains(r.State)).Select(r => r.Period!.Month).ToList()))
            .ToListAsync();
        var tolerance = 0.005m * sheet.Columns.Where(c => c.Spec.Key is "Completed" or "YearToDate").Max(c => c.Multiplier);
        var seen = new HashSet<int>();
        foreach (var r in sheet.Rows)
        {
            var problems = new List<string>(r.Problems);
            var name = r.GetString("Name");
            var key = problems.Count == 0 ? Match(keys, r, problems) : null;
            if (key is not null && !seen.Add(key.Id))
            {
                problems.Add("同一项目出现多次");
            }
            else if (key is not null
                && DispatchRules.Check(DispatchAction.Submit, key.State, period.State, dispatch.IsOffice, scope.CanWrite(key.OwnerUnitId)) is { } refused)
            {
                problems.Add(refused);
            }
            else if (key is not null)
            {
                var missing = earlier.Except(key.CountedMonths).Order().ToList();
                var (figure, problem) = MonthlyFigure.Resolve(r.GetDecimal("Completed"), r.GetDecimal("YearToDate"), key.Before, missing, tolerance);
                var entry = new ReportEntry(key.Id, figure, r.GetString("Progress"), false, false);
                // The form's own checks, in its words, so that nothing that previews clean fails at commit.
                if ((problem ?? DispatchRules.CheckFigures(entry, submit: true)) is { } p)
                {
                    problems.Add(p);
                }
                else
                {
                    entries.Add(entry);
                }
            }
            rows.Add(new ImportRow(r.RowNumber, name ?? r.GetString("ProjectCode"), problems.Count == 0 ? RowAction.Update : RowAction.Reject, problems));
        }
        return (new ImportPreview(Kind, hash, fileName, sheetErrors, sheet.UnmatchedNotice, rows, sheet.SkippedRows, done), entries);
    }
}
