using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>A month's figures from a spreadsheet, matched to key projects by project code or name,
/// submitted through the same dispatch rules as the form (locked months stay locked).</summary>
public sealed class MonthlyImporter(AppDbContext db, UserScope scope, DispatchService dispatch)
{
    public const string Kind = "monthly";

    public async Task<ImportPreview> PreviewAsync(byte[] file, string fileName, int periodId) => (await AnalyseAsync(file, fileName, periodId)).Preview;

    public async Task<ImportResult> CommitAsync(byte[] file, string fileName, int periodId)
    {
        var (preview, entries) = await AnalyseAsync(file, fileName, periodId);
        var rejected = preview.Rows.Where(r => r.Action == RowAction.Reject).ToList();
        if (preview.AlreadyImportedAt is { } at)
        {
            return new ImportResult(false, 0, 0, rejected, preview.SheetErrors, $"该文件已于 {at.ToOffset(CityTime.Offset):yyyy-MM-dd HH:mm} 导入，未重复导入");
        }
        if (!preview.CanCommit)
        {
            return new ImportResult(false, 0, 0, rejected, preview.SheetErrors, "没有可导入的行");
        }
        var previous = scope.Channel;
        scope.Channel = "import";
        await using var tx = await db.Database.BeginTransactionAsync();
        try
        {
            var errors = await dispatch.SaveAsync(periodId, entries, submit: true);
            if (errors.Count > 0)
            {
                return new ImportResult(false, 0, 0, rejected, [.. errors.Select(e => e.Error)], "导入未完成，未写入任何数据");
            }
            db.ImportBatches.Add(new ImportBatch
            {
                Kind = Kind, FileHash = preview.FileHash, FileName = fileName, UploadedBy = scope.UserName, UploadedAt = db.Time.GetUtcNow(), RowsCommitted = entries.Count,
            });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        finally
        {
            scope.Channel = previous;
        }
        return new ImportResult(true, 0, entries.Count, rejected, [], null);
    }

    private async Task<(ImportPreview Preview, List<ReportEntry> Entries)> AnalyseAsync(byte[] file, string fileName, int periodId)
    {
        using var stream = new MemoryStream(file);
        var sheet = SheetReader.Read(stream, ImportSpecs.Monthly);
        // The same figures for another month are a different import: the period is part of the key.
        var hash = $"{sheet.FileSha256[..56]}{periodId:x8}";
        var done = await db.ImportBatches.AsNoTracking().Where(b => b.Kind == Kind && b.FileHash == hash).Select(b => (DateTimeOffset?)b.UploadedAt).FirstOrDefaultAsync();
        var period = await db.ReportingPeriods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == periodId);
        var sheetErrors = period is null ? [.. sheet.Errors, "调度期不存在"] : sheet.Errors.ToList();
        var keys = period is null ? [] : await db.KeyProjects.AsNoTracking().Where(k => k.Year == period.Year && k.Class == KeyProjectClass.Construction)
            .Select(k => new { k.Id, k.OwnerUnitId, k.Project!.Name, k.Project.ProjectCode, State = k.Reports.Where(r => r.PeriodId == periodId).Select(r => (ReportState?)r.State).FirstOrDefault() })
            .ToListAsync();
        var rows = new List<ImportRow>();
        var entries = new List<ReportEntry>();
        var seen = new HashSet<int>();
        foreach (var r in sheet.Rows)
        {
            var problems = new List<string>(r.Problems);
            var code = r.GetString("ProjectCode");
            var name = r.GetString("Name");
            var matches = code is not null ? keys.Where(k => k.ProjectCode == code).ToList() : keys.Where(k => k.Name == name).ToList();
            if (code is null && name is null)
            {
                problems.Add("请填写「项目名称」或「项目代码」");
            }
            else if (matches.Count != 1)
            {
                problems.Add(matches.Count == 0 ? $"未找到该重点项目：{code ?? name}" : $"项目名称不唯一，请填写项目代码：{name}");
            }
            else if (!seen.Add(matches[0].Id))
            {
                problems.Add("同一项目出现多次");
            }
            else if (DispatchRules.Check(DispatchAction.Submit, matches[0].State, period!.State, dispatch.IsOffice, scope.CanWrite(matches[0].OwnerUnitId)) is { } refused)
            {
                problems.Add(refused);
            }
            if (problems.Count == 0)
            {
                entries.Add(new ReportEntry(matches[0].Id, r.GetDecimal("Completed"), r.GetString("Progress"), false, false));
            }
            rows.Add(new ImportRow(r.RowNumber, name ?? code, problems.Count == 0 ? RowAction.Update : RowAction.Reject, problems));
        }
        return (new ImportPreview(Kind, hash, fileName, sheetErrors, sheet.UnmatchedNotice, rows, sheet.SkippedRows, done), entries);
    }
}
