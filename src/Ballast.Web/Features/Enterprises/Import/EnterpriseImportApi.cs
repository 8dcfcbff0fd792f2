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
            var reason = refusal!.Message(t);
            return Results.Problem(title: reason, statusCode: StatusCodes.Status422UnprocessableEntity,
                extensions: new Dictionary<string, object?> { ["committed"] = false, ["sheetErrors"] = new[] { reason } });
        }
        var options = new ImportOptions(kindCode, level, year, source, allOrNothing == true);
        if (dryRun == true)
        {
            return Results.Ok(await importer.PreviewAsync(kind, bytes, file.FileName, options));
        }
        var result = await importer.CommitAsync(kind, bytes, file.FileName, options);
        if (result.Committed || result.AlreadyImported)
        {
            return Results.Ok(result);
        }
        var rows = result.Rejected.Select(r => new { r.RowNumber, r.Name, Problems = r.Problems.Select(p => t[p].Value).ToList() }).ToList();
        return Results.Problem(title: t[result.Message ?? "未导入任何数据"], statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["committed"] = false, ["sheetErrors"] = result.SheetErrors.Select(e => t[e].Value).ToList(), ["rows"] = rows,
            });
    }
}
