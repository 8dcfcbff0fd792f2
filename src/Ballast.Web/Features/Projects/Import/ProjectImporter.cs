using Ballast.Web.Common.Excel;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>Projects from a spreadsheet: read (any reasonable layout), check every row against the
/// same rules as the edit page, preview, then commit every good row in one transaction — or none.
/// A row updates the project with the same project code, or the same name in the same unit;
/// otherwise it creates one. An empty cell never clears a value. The same file twice is a no-op.</summary>
public sealed class ProjectImporter(AppDbContext db, UserScope scope)
{
    public const string Kind = "projects";

    private sealed record Planned(ImportRow Row, Project? Existing, ProjectInput Input, ProjectStage? Stage, DateOnly? SignedOn, DateOnly? StartedOn, decimal? Plan);

    public async Task<ImportPreview> PreviewAsync(byte[] file, string fileName, int year) => (await AnalyseAsync(file, fileName, year)).Preview;

    public async Task<ImportResult> CommitAsync(byte[] file, string fileName, int year)
    {
        var (preview, planned) = await AnalyseAsync(file, fileName, year);
        var rejected = preview.Rows.Where(r => r.Action == RowAction.Reject).ToList();
        if (preview.AlreadyImportedAt is { } at)
        {
            return new ImportResult(false, 0, 0, rejected, preview.SheetErrors, $"该文件已于 {at.ToOffset(CityTime.Offset):yyyy-MM-dd HH:mm} 导入，未重复导入");
        }
        if (!preview.CanCommit)
        {
            return new ImportResult(false, 0, 0, rejected, preview.SheetErrors, "没有可导入的行");
        }
        var now = db.Time.GetUtcNow();
        var today = CityTime.DateOf(now);
        var previous = scope.Channel;
        scope.Channel = "import";
        await using var tx = await db.Database.BeginTransactionAsync();
        try
        {
            foreach (var p in planned)
            {
                var project = p.Existing ?? new Project { Name = p.Input.Name, CreatedAt = now, CreatedOn = today };
                if (p.Existing is null)
                {
                    db.Projects.Add(project);
                }
                p.Input.ApplyTo(project, now);
                MoveStages(project, p, today, now);
                if (p.Plan is { } plan)
                {
                    await UpsertKeyProjectAsync(project, year, plan);
                }
            }
            await db.SaveChangesAsync();
            db.ImportBatches.Add(new ImportBatch
            {
                Kind = Kind, FileHash = preview.FileHash, FileName = fileName, UploadedBy = scope.UserName, UploadedAt = now, RowsCommitted = planned.Count,
            });
            await db.SaveChangesAsync();
            await tx.CommitAsync();
        }
        finally
        {
            scope.Channel = previous;
        }
        return new ImportResult(true, planned.Count(p => p.Existing is null), planned.Count(p => p.Existing is not null), rejected, [], null);
    }

    private async Task<(ImportPreview Preview, List<Planned> Planned)> AnalyseAsync(byte[] file, string fileName, int year)
    {
        using var stream = new MemoryStream(file);
        var sheet = SheetReader.Read(stream, ImportSpecs.Projects);
        var done = await db.ImportBatches.AsNoTracking().Where(b => b.Kind == Kind && b.FileHash == sheet.FileSha256).Select(b => (DateTimeOffset?)b.UploadedAt).FirstOrDefaultAsync();
        var lookups = await ImportLookups.LoadAsync(db);
        var today = CityTime.Today(db.Time);
        var rows = new List<ImportRow>();
        var planned = new List<Planned>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var r in sheet.Rows)
        {
            var problems = new List<string>(r.Problems);
            var name = r.GetString("Name");
            var unit = lookups.District(r.GetString("District"), problems);
            var chain = lookups.Chain(r.GetString("Chain"), problems);
            var leader = lookups.Leader(r.GetString("Leader"), problems);
            if (unit is not null && !scope.CanWrite(unit.Id))
            {
                problems.Add($"「区市」{unit.Name} 不在您的数据范围内");
            }
            var code = r.GetString("ProjectCode");
            var key = code ?? $"{unit?.Id}|{DuplicateCheck.Normalise(name ?? "")}";
            if (seen.TryGetValue(key, out var first))
            {
                problems.Add($"与第 {first} 行是同一项目");
            }
            else
            {
                seen[key] = r.RowNumber;
            }

            Project? existing = null;
            if (problems.Count == 0)
            {
                existing = await FindExistingAsync(code, name!, unit!.Id, problems);
            }
            var input = existing is null ? new ProjectInput() : ProjectInput.From(existing);
            if (problems.Count == 0)
            {
                Fill(input, r, unit!, chain, leader);
                problems.AddRange(ProjectRules.Check(input, r.GetDate("SignedOn") ?? existing?.SignedOn).Select(e => e.Message));
                problems.AddRange(Dates(r, today));
            }
            var action = problems.Count > 0 ? RowAction.Reject : existing is null ? RowAction.Create : RowAction.Update;
            var row = new ImportRow(r.RowNumber, name, action, problems);
            rows.Add(row);
            if (action != RowAction.Reject)
            {
                var stage = Enum.TryParse<ProjectStage>(r.GetString("Stage"), out var s) ? s : (ProjectStage?)null;
                planned.Add(new Planned(row, existing, input, stage, r.GetDate("SignedOn"), r.GetDate("StartedOn"), r.GetDecimal("PlannedInvestment")));
            }
        }
        var preview = new ImportPreview(Kind, sheet.FileSha256, fileName, sheet.Errors, sheet.UnmatchedNotice, rows, sheet.SkippedRows, done);
        return (preview, planned);
    }

    private async Task<Project?> FindExistingAsync(string? code, string name, int unitId, List<string> problems)
    {
        if (code is not null)
        {
            var byCode = await db.Projects.IgnoreQueryFilters().Include(p => p.StageChanges).SingleOrDefaultAsync(p => p.ProjectCode == code);
            if (byCode is not null && !scope.CanWrite(byCode.OwnerUnitId))
            {
                problems.Add("项目代码已被其他单位的项目使用");
                return null;
            }
            if (byCode is not null)
            {
                return byCode;
            }
        }
        return await db.Projects.Include(p => p.StageChanges).Where(p => p.OwnerUnitId == unitId && p.Name == name && p.MergedIntoId == null).FirstOrDefaultAsync();
    }

    /// <summary>Copies the cells the sheet has onto the input; an empty or absent cell keeps the value.</summary>
    private static void Fill(ProjectInput input, ParsedRow r, Unit unit, Reference.Chain? chain, Leader? leader)
    {
        input.Name = r.GetString("Name")!;
        input.OwnerUnitId = unit.Id;
        input.InvestorName = r.GetString("Investor") ?? input.InvestorName;
        input.InvestorUscc = r.GetString("InvestorUscc") ?? input.InvestorUscc;
        input.TotalInvestment = r.GetDecimal("TotalInvestment") ?? input.TotalInvestment;
        input.ChainId = chain?.Id ?? input.ChainId;
        input.LeaderId = leader?.Id ?? input.LeaderId;
        input.ProjectCode = r.GetString("ProjectCode") ?? input.ProjectCode;
        input.ConstructionContent = r.GetString("ConstructionContent") ?? input.ConstructionContent;
        if (r.GetString("Fortune500") is { } f)
        {
            input.IsFortune500 = f == "true";
        }
        // An import is not a place to argue about duplicates: the matching above already decided.
        input.NotADuplicate = true;
    }

    private static IEnumerable<string> Dates(ParsedRow r, DateOnly today)
    {
        if (r.GetDate("SignedOn") is { } s && s > today)
        {
            yield return "「签约日期」不能晚于今天";
        }
        if (r.GetDate("StartedOn") is { } st && st > today)
        {
            yield return "「开工日期」不能晚于今天";
        }
        if (r.GetDate("SignedOn") is { } a && r.GetDate("StartedOn") is { } b && b < a)
        {
            yield return "「开工日期」不能早于「签约日期」";
        }
    }

    /// <summary>Walks the project forward through the dated stages the sheet gives; never back.</summary>
    private void MoveStages(Project project, Planned p, DateOnly today, DateTimeOffset now)
    {
        var target = p.Stage ?? (p.StartedOn is not null ? ProjectStage.Started : p.SignedOn is not null ? ProjectStage.Signed : (ProjectStage?)null);
        if (target is null)
        {
            return;
        }
        if (p.SignedOn is { } signed && target >= ProjectStage.Signed && project.Stage < ProjectStage.Signed)
        {
            StageRules.Move(project, ProjectStage.Signed, signed, today, scope.UserName, now, "导入");
        }
        if (p.StartedOn is { } started && target >= ProjectStage.Started && project.Stage < ProjectStage.Started)
        {
            StageRules.Move(project, ProjectStage.Started, started, today, scope.UserName, now, "导入");
        }
        if (project.Stage < target || (target is ProjectStage.Paused or ProjectStage.Dropped && project.Stage != target))
        {
            var on = target == ProjectStage.Started ? p.StartedOn : target == ProjectStage.Signed ? p.SignedOn : null;
            var last = project.StageChanges.Count == 0 ? (DateOnly?)null : project.StageChanges.Max(c => c.On);
            StageRules.Move(project, target.Value, on ?? (last is { } l && l > today ? l : today), today, scope.UserName, now, "导入");
        }
    }

    private async Task UpsertKeyProjectAsync(Project project, int year, decimal plan)
    {
        var key = project.Id == 0 ? null : await db.KeyProjects.SingleOrDefaultAsync(k => k.ProjectId == project.Id && k.Year == year);
        if (key is null)
        {
            db.KeyProjects.Add(new KeyProject { Project = project, Year = year, Class = KeyProjectClass.Construction, PlannedInvestment = plan, OwnerUnitId = project.OwnerUnitId });
        }
        else
        {
            key.PlannedInvestment = plan;
        }
    }
}
