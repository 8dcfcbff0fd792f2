using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common;
using Ballast.Web.Common.Text;

namespace Ballast.Web.Features.Projects.Import;

/// <summary>Projects from a spreadsheet: read (any reasonable layout), check every row against the
/// same rules as the edit page, preview, then commit every good row in one transaction — or none.
/// A row updates the project with the same project code, or the same name in the same unit;
/// otherwise it creates one. An empty cell never clears a value. The same file twice is a no-op.</summary>
public sealed partial class ProjectImporter(AppDbContext db, UserScope scope, Texts t)
{
    public const string Kind = "projects";

    private sealed record Planned(
        ImportRow Row,
        Project? Existing,
        ProjectInput Input,
        ProjectStage? Stage,
        DateOnly? SignedOn,
        DateOnly? StartedOn,
        KeyPlan? Key);

    public async Task<ImportPreview> PreviewAsync(byte[] file, string fileName, int year) => (await AnalyseAsync(file, fileName, year)).Preview;

    public async Task<ImportResult> CommitAsync(byte[] file, string fileName, int year)
    {
        var (preview, planned) = await AnalyseAsync(file, fileName, year);
        if (ImportCommit.Refusal(preview) is { } refused)
        {
            return refused;
        }
        var now = db.Time.GetUtcNow();
        var today = CityTime.DateOf(now);
        await ImportCommit.RunAsync(db, scope, preview, planned.Count, async () =>
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
                if (p.Key is { } key)
                {
                    await UpsertKeyProjectAsync(project, year, key.Plan);
                }
            }
            await db.SaveChangesAsync();
            return [];
        });
        var rejected = preview.Rows.Where(r => r.Action == RowAction.Reject).ToList();
        return new ImportResult(true, planned.Count(p => p.Existing is null), planned.Count(p => p.Existing is not null), rejected, [], null);
    }

    private async Task<(ImportPreview Preview, List<Planned> Planned)> AnalyseAsync(byte[] file, string fileName, int year)
    {
        using var stream = new MemoryStream(file);
        var sheet = SheetReader.Read(stream, ImportSpecs.Projects);
        // The same sheet for another programme year is a different import (its key projects are that year's).
        var hash = $"{sheet.FileSha256[..56]}{year:x8}";
        var done = await db.ImportBatches.AsNoTracking()
            .Where(b => b.Kind == Kind && b.FileHash == hash)
            .Select(b => (DateTimeOffset?)b.UploadedAt)
            .FirstOrDefaultAsync();
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
            var code = r.GetString("ProjectCode") is { } typed ? TextNormalizer.Code(typed) : null;
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
                // The page's and the API's rules, in their words: annotations first, then the rules.
                problems.AddRange(ProjectRules.Annotations(input, t).Select(e => e.Message));
                problems.AddRange(ProjectRules.Check(input, r.GetDate("SignedOn") ?? existing?.SignedOn).Select(e => e.Message));
                problems.AddRange(Dates(r, today));
                if (KeyPlanOf(r)?.Plan is < 0 or > MaxPlan)
                {
                    problems.Add("年度计划投资须在 0 到 10,000 亿元之间（以万元填写）");
                }
            }
            var action = problems.Count > 0 ? RowAction.Reject : existing is null ? RowAction.Create : RowAction.Update;
            var row = new ImportRow(r.RowNumber, name, action, problems);
            rows.Add(row);
            if (action != RowAction.Reject)
            {
                var stage = Enum.TryParse<ProjectStage>(r.GetString("Stage"), out var s) ? s : (ProjectStage?)null;
                planned.Add(new Planned(row, existing, input, stage, r.GetDate("SignedOn"), r.GetDate("StartedOn"), KeyPlanOf(r)));
            }
        }
        var preview = new ImportPreview(Kind, hash, fileName, sheet.Errors, sheet.UnmatchedNotice, rows, sheet.SkippedRows, done);
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
        return await db.Projects.Include(p => p.StageChanges)
            .Where(p => p.OwnerUnitId == unitId && p.Name == name && p.MergedIntoId == null)
            .FirstOrDefaultAsync();
    }
}
