using System.Security.Cryptography;
using System.Text;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects.Import;

namespace Ballast.Web.Features.Compendium;

/// <summary>Policies from an .xlsx through the one import pipeline: read any reasonable layout, plan every row
/// against <see cref="PolicySave"/> (the form's own refusals, per row), preview, then commit in one transaction —
/// the good rows, or with all-or-nothing none when one row is bad. A row updates the policy it finds
/// (<see cref="PolicyIndex"/>) and changes only the columns the sheet has; a row that changes nothing writes
/// nothing, so an exported list imports back with no change, and the same file twice is a no-op.</summary>
public sealed partial class PolicyImporter(AppDbContext db, UserScope scope, IConfiguration configuration, PolicySave save, Texts t)
{
    public const string Kind = "policies";

    public async Task<ImportPreview> PreviewAsync(byte[] file, string fileName, bool allOrNothing)
    {
        using var sheet = Open(file);
        var hash = Hash(sheet, allOrNothing);
        var done = await ImportCommit.DoneAsync(db, Kind, hash);
        var plans = await PlanAsync(sheet);
        return new ImportPreview(Kind, hash, fileName, [.. sheet.Errors], sheet.Head.UnmatchedNotice, [.. plans.Select(p => p.Row)],
            [.. sheet.SkippedRows], done);
    }

    public async Task<ImportResult> CommitAsync(byte[] file, string fileName, bool allOrNothing)
    {
        using var sheet = Open(file);
        var hash = Hash(sheet, allOrNothing);
        if (await ImportCommit.DoneAsync(db, Kind, hash) is { } done)
        {
            return ImportCommit.AlreadyImported(done);
        }
        var plans = await PlanAsync(sheet);
        return await ImportPlan.CommitAsync(db, scope, (Kind, hash, fileName), sheet.Errors, plans, allOrNothing);
    }

    private SheetRows Open(byte[] file) => SheetReader.Open(new MemoryStream(file), PolicyImportSpecs.All, ImportLimits.Options(configuration));

    private static string Hash(SheetRows sheet, bool allOrNothing) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{sheet.Head.FileSha256}|{Kind}|{allOrNothing}")));

    private async Task<List<ImportPlan>> PlanAsync(SheetRows sheet)
    {
        var context = new PolicyRowContext(await PolicyIndex.LoadAsync(db), await ImportLookups.LoadAsync(db));
        var plans = new List<ImportPlan>();
        foreach (var row in sheet.Rows)
        {
            plans.Add(await PlanRowAsync(row, context));
        }
        return plans;
    }
}
