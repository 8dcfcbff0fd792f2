using System.Globalization;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Features.Auth;
using Ballast.Web.Common.Uploads;

namespace Ballast.Web.Features.Projects.Import;

public static class ImportApi
{
    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api)
    {
        var rows = ImportLimits.MaxRows(((IEndpointRouteBuilder)api).ServiceProvider.GetRequiredService<IConfiguration>());
        var limit = string.Create(CultureInfo.InvariantCulture,
            $" At most {rows:N0} data rows per file (Limits:ImportMaxRows): a larger file is refused before any row is checked.")
            + " The file is inspected before it is opened (type, size, archive entries, inflated size, XML without DTDs); a refused file"
            + " answers 422 with the reason in sheetErrors and nothing is kept.";
        api.MapPost("/projects/import", async (IFormFile file, HttpContext ctx, ProjectImporter importer, UploadInspector inspector, Texts t, bool? dryRun) =>
            {
                var (bytes, _, refusal) = await ImportFiles.ReadAsync(file, inspector, ctx.RequestAborted);
                if (bytes is null)
                {
                    return Refused(refusal!, t);
                }
                var year = ProgrammeYear.Resolve(ctx, null);
                return dryRun == true
                    ? Results.Ok(await importer.PreviewAsync(bytes, file.FileName, year))
                    : Answer(await importer.CommitAsync(bytes, file.FileName, year), t);
            })
            .DisableAntiforgery()
            .WithTags("Import")
            .WithSummary("Import projects from an .xlsx (multipart field 'file'). Commits every good row in one transaction "
                + "and answers with the counts and each rejected row's number and reason; ?dryRun=true previews only. "
                + "The same file twice changes nothing. 422 (problem+json, with rows) when nothing could be imported." + limit)
            .RequireAuthorization(Policies.BusinessWrite);
        api.MapPost("/dispatch/periods/{id:int}/import", async (int id, IFormFile file, MonthlyImporter importer, UploadInspector inspector, Texts t,
                bool? dryRun, CancellationToken cancellationToken) =>
            {
                var (bytes, _, refusal) = await ImportFiles.ReadAsync(file, inspector, cancellationToken);
                if (bytes is null)
                {
                    return Refused(refusal!, t);
                }
                return dryRun == true
                    ? Results.Ok(await importer.PreviewAsync(bytes, file.FileName, id))
                    : Answer(await importer.CommitAsync(bytes, file.FileName, id), t);
            })
            .DisableAntiforgery()
            .WithTags("Import")
            .WithSummary("Import a month's key-project figures (万元) from an .xlsx; submitted through the dispatch rules. "
                + "422 (problem+json, with rows) when nothing could be imported." + limit)
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    /// <summary>A file the inspector refused: nothing was read from it, nothing is kept.</summary>
    internal static IResult Refused(UploadRefusal refusal, Texts t)
    {
        var reason = refusal.Message(t);
        return Results.Problem(title: reason, statusCode: StatusCodes.Status422UnprocessableEntity, extensions: new Dictionary<string, object?>
        {
            ["committed"] = false, ["sheetErrors"] = new[] { reason }, ["rows"] = Array.Empty<object>(),
            ["errors"] = new Dictionary<string, string[]> { ["file"] = [reason] },
        });
    }

    /// <summary>A commit that wrote nothing because of what is wrong with the file is a client error:
    /// 422 with the sheet errors and each rejected row's number and reason, as the preview shows them.
    /// A file imported before is not wrong: it answers 200 and writes nothing.</summary>
    internal static IResult Answer(ImportResult result, Texts t)
    {
        if (result.Committed || result.AlreadyImported)
        {
            return Results.Ok(result);
        }
        // Messages in the caller's language where they have a fixed text (reasons quoting a cell stay as written).
        var rows = result.Rejected.Select(r =>
        {
            var problems = r.Problems.Select(p => t[p].Value).ToList();
            return new { r.RowNumber, r.Name, Reason = string.Join("；", problems), Problems = problems };
        }).ToList();
        var sheetErrors = result.SheetErrors.Select(e => t[e].Value).ToList();
        return Results.Problem(
            title: t[result.Message ?? "未导入任何数据"],
            detail: sheetErrors.Count > 0 ? string.Join("；", sheetErrors) : null,
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?> { ["committed"] = false, ["sheetErrors"] = sheetErrors, ["rows"] = rows });
    }
}
