using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects.Import;

namespace Ballast.Web.Features.Compendium;

public static class PolicyImportApi
{
    public static RouteGroupBuilder MapPolicyImportApi(this RouteGroupBuilder group)
    {
        group.MapPost("/import", ImportAsync)
            .DisableAntiforgery()
            .WithSummary("Import policies from an .xlsx (multipart field 'file') in the columns of the policy export (synonyms, title rows and "
                + "English headers read too). A row updates the policy its public code names, else the one with its 文号 and issuer, else "
                + "the one with its title and issuer; only the sheet's columns change and an empty cell keeps the stored value. Every row "
                + "passes the same checks as the form. Commits every good row in one transaction, or none with allOrNothing=true when a row "
                + "is bad; ?dryRun=true previews (each row new, update, unchanged or rejected). The same file twice changes nothing. "
                + "422 (problem+json, with each rejected row's number and reasons) when nothing was imported.")
            .RequireAuthorization(Policies.BusinessWrite);
        return group;
    }

    private static async Task<IResult> ImportAsync(IFormFile file, HttpContext ctx, PolicyImporter importer, UploadInspector inspector, Texts t,
        bool? allOrNothing, bool? dryRun)
    {
        var (bytes, _, refusal) = await ImportFiles.ReadAsync(file, inspector, ctx.RequestAborted);
        if (bytes is null)
        {
            return ImportApi.Refused(refusal!, t);
        }
        return dryRun == true
            ? Results.Ok(await importer.PreviewAsync(bytes, file.FileName, allOrNothing == true))
            : ImportApi.Answer(await importer.CommitAsync(bytes, file.FileName, allOrNothing == true), t);
    }
}
