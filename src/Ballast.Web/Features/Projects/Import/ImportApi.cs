using Ballast.Web.Common.Tracking;


namespace Ballast.Web.Features.Projects.Import;

public static class ImportApi
{
    public static RouteGroupBuilder MapImportApi(this RouteGroupBuilder api)
    {
        api.MapPost("/projects/import", async (IFormFile file, HttpContext ctx, ProjectImporter importer, bool? dryRun) =>
            {
                var (bytes, _) = await ImportFiles.ReadAsync(file);
                var year = ProgrammeYear.Resolve(ctx, null);
                return dryRun == true
                    ? Results.Ok(await importer.PreviewAsync(bytes, file.FileName, year))
                    : Results.Ok(await importer.CommitAsync(bytes, file.FileName, year));
            })
            .DisableAntiforgery()
            .WithTags("Import")
            .WithSummary("Import projects from an .xlsx (multipart field 'file'). Commits every good row in one transaction and answers with the counts and each rejected row's number and reason; ?dryRun=true previews only. The same file twice changes nothing.");
        api.MapPost("/dispatch/periods/{id:int}/import", async (int id, IFormFile file, MonthlyImporter importer, bool? dryRun) =>
            {
                var (bytes, _) = await ImportFiles.ReadAsync(file);
                return dryRun == true
                    ? Results.Ok(await importer.PreviewAsync(bytes, file.FileName, id))
                    : Results.Ok(await importer.CommitAsync(bytes, file.FileName, id));
            })
            .DisableAntiforgery()
            .WithTags("Import")
            .WithSummary("Import a month's key-project figures (万元) from an .xlsx; submitted through the dispatch rules.");
        return api;
    }
}
