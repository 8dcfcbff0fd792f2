using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects.Import;

namespace Ballast.Web.Features.Enterprises;

public static class EnterpriseImportApi
{
    public static RouteGroupBuilder MapEnterpriseImportApi(this RouteGroupBuilder group)
    {
        group.MapPost("/import", ImportAsync)
            .DisableAntiforgery()
            .WithSummary("Import firms (kind=enterprises), a designation list (kind=designations) or yearly figures (kind=enterprise-years) "
                + "from an .xlsx (multipart field 'file'). kindCode, level, year and source apply where the sheet does not say; rows find "
                + "their firm by USCC, then by exact name (current or former) when unambiguous. Commits every good row in one transaction, "
                + "or none with allOrNothing=true when a row is bad; ?dryRun=true previews. The same file with the same options twice changes "
                + "nothing. 422 (problem+json, with each rejected row's number and reasons) when nothing was imported.")
            .RequireAuthorization(Policies.BusinessWrite);
        return group;
    }

    private static async Task<IResult> ImportAsync(IFormFile file, HttpContext ctx, EnterpriseImporter importer, UploadInspector inspector, Texts t,
        string? kind, string? kindCode, DesignationLevel? level, int? year, string? source, bool? allOrNothing, bool? dryRun)
    {
        kind ??= EnterpriseImporter.DesignationsKind;
        if (!EnterpriseImporter.Kinds.Contains(kind))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["kind"] = [t["导入类型须为 enterprises、designations 或 enterprise-years"]] });
        }
        var (bytes, _, refusal) = await ImportFiles.ReadAsync(file, inspector, ctx.RequestAborted);
        if (bytes is null)
        {
            return ImportApi.Refused(refusal!, t);
        }
        var options = new ImportOptions(kindCode, level, year, source, allOrNothing == true);
        return dryRun == true
            ? Results.Ok(await importer.PreviewAsync(kind, bytes, file.FileName, options))
            : ImportApi.Answer(await importer.CommitAsync(kind, bytes, file.FileName, options), t);
    }
}
