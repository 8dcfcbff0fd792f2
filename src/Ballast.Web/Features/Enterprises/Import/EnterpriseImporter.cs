using System.Security.Cryptography;
using System.Text;
using Ballast.Web.Common.Excel;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects.Import;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Firms, designations and yearly figures from the sheets departments publish, through the one
/// import pipeline: read any reasonable layout, plan every row against the same save paths' rules (each
/// refusal with its reason), preview, then commit in one transaction — the good rows, or with
/// <see cref="ImportOptions.AllOrNothing"/> nothing at all when one row is bad. Rows find their firm by
/// USCC, then by exact name (current or former) when only one firm answers. The same file with the same
/// options twice is a no-op; the same content in another file changes nothing either (rows already so are left alone).</summary>
public sealed partial class EnterpriseImporter(AppDbContext db, UserScope scope, IConfiguration configuration,
    EnterpriseSave firms, DesignationSave designations, EnterpriseYearSave years)
{
    public const string FirmsKind = "enterprises";
    public const string DesignationsKind = "designations";
    public const string YearsKind = "enterprise-years";

    public static readonly IReadOnlyList<string> Kinds = [FirmsKind, DesignationsKind, YearsKind];

    public async Task<ImportPreview> PreviewAsync(string kind, byte[] file, string fileName, ImportOptions options)
    {
        using var sheet = Open(kind, file);
        var hash = Hash(sheet, kind, options);
        var done = await ImportCommit.DoneAsync(db, kind, hash);
        var plans = await PlanAsync(kind, sheet, options);
        return new ImportPreview(kind, hash, fileName, [.. sheet.Errors], sheet.Head.UnmatchedNotice, [.. plans.Select(p => p.Row)],
            [.. sheet.SkippedRows], done);
    }

    public async Task<ImportResult> CommitAsync(string kind, byte[] file, string fileName, ImportOptions options)
    {
        using var sheet = Open(kind, file);
        var hash = Hash(sheet, kind, options);
        if (await ImportCommit.DoneAsync(db, kind, hash) is { } done)
        {
            return ImportCommit.AlreadyImported(done);
        }
        var plans = await PlanAsync(kind, sheet, options);
        return await ImportPlan.CommitAsync(db, scope, (kind, hash, fileName), sheet.Errors, plans, options.AllOrNothing);
    }

    public static IReadOnlyList<ColumnSpec> SpecsOf(string kind) => kind switch
    {
        DesignationsKind => EnterpriseImportSpecs.Designations,
        YearsKind => EnterpriseImportSpecs.Years,
        _ => EnterpriseImportSpecs.Firms,
    };

    private SheetRows Open(string kind, byte[] file) => SheetReader.Open(new MemoryStream(file), SpecsOf(kind), ImportLimits.Options(configuration));

    /// <summary>The same file read with other form choices (another kind, year or level) is another import.</summary>
    private static string Hash(SheetRows sheet, string kind, ImportOptions options) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{sheet.Head.FileSha256}|{kind}|{options.Key}")));

    private async Task<List<ImportPlan>> PlanAsync(string kind, SheetRows sheet, ImportOptions options)
    {
        var context = await RowContext.LoadAsync(db);
        var plans = new List<ImportPlan>();
        foreach (var row in sheet.Rows)
        {
            plans.Add(kind switch
            {
                DesignationsKind => await PlanDesignationAsync(row, context, options),
                YearsKind => await PlanYearAsync(row, context, options),
                _ => await PlanFirmAsync(row, context),
            });
        }
        return plans;
    }

    private static ImportPlan Reject(ParsedRow row, string? name, IEnumerable<string> problems) =>
        new(new ImportRow(row.RowNumber, name, RowAction.Reject, [.. problems]), null);
}
