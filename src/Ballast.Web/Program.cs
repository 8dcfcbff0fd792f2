using Ballast.Web;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Common.Uploads;

using System.Text.Encodings.Web;
using System.Text.Unicode;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Security;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Chains;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Dashboard;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Lists;
using Ballast.Web.Features.Operability;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Projects.Import;
using Ballast.Web.Features.Promotion;
using Ballast.Web.Features.Services;
using Microsoft.AspNetCore.DataProtection;
using Ballast.Web.Common.Validation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.WebEncoders;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);
var services = builder.Services;

// Chinese reaches the page as text, not as &#x...; entities.
services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
services.AddSingleton(TimeProvider.System);
services.AddScoped<UserScope>();
services.AddAuditRetention();
services.AddScoped<KeyProjectFigures>();
services.AddScoped<DashboardFigures>();
services.AddScoped<ChainFigures>();
services.AddSingleton<FigureCache>();
services.AddScoped<ComputedIndicators>();
services.AddScoped<ServiceIndicators>();
services.AddScoped<ParkIndicators>();
services.AddScoped<EmergingGrowth>();
services.AddScoped<BuildingSave>();
services.AddScoped<BuildingTenants>();
services.AddScoped<AreaSave>();
services.AddScoped<IndicatorValues>();
services.AddScoped<AssessmentResults>();
services.AddScoped<AssessmentActions>();
services.AddScoped<BulletinBuilder>();
services.AddScoped<ProjectSave>();
services.AddScoped<CampaignSave>();
services.AddScoped<CampaignLeads>();
services.AddScoped<CampaignResults>();
services.AddScoped<DispatchService>();
services.AddScoped<SubmissionService>();
services.AddSingleton<UploadInspector>();
services.AddScoped<ProjectImporter>();
services.AddScoped<MonthlyImporter>();
services.AddEnterprises();
services.AddParkProfile();
services.AddParksLand();
services.AddScoped<RewardSave>().AddScoped<RewardRuleSave>();
services.AddPerMu();
services.AddPublicPages();
services.AddMatching();
services.AddCompendium();
services.AddSingleton<Texts>();
services.AddSingleton<IStringLocalizerFactory, TextsFactory>();
services.AddSingleton<IStringLocalizer>(sp => sp.GetRequiredService<Texts>());

services.AddBallastDatabase(builder.Configuration, builder.Environment.ContentRootPath);
services.AddDataProtection().PersistKeysToDbContext<AppDbContext>().SetApplicationName("Ballast");
services.AddBallastAuth(builder.Configuration);

services.AddRazorPages(o =>
    {
        o.RootDirectory = "/Features";
        // The plan is the programme's front page: /Programme as well as /Programme/Plan.
        o.Conventions.AddPageRoute("/Programme/Plan/Index", "Programme");
    })
    .AddMvcOptions(o =>
    {
        o.ModelValidatorProviders.Add(new InputRulesValidatorProvider());
        o.Filters.Add<FunctionPageFilter>();
        o.Filters.Add<OutagePageFilter>();
    })
    .AddViewLocalization()
    .AddDataAnnotationsLocalization();
// A body or parameter that cannot be read throws, so ErrorHandler can name the field and the reason.
services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
services.AddOpenApi();
services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTexts.Customize);
services.AddExceptionHandler<ErrorHandler>();
services.AddSingleton<DatabaseHealthCheck>();
services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"], timeout: TimeSpan.FromSeconds(10));

// An import of a few thousand rows fits well inside 20 MB; anything larger is refused early.
var bodyLimit = BodyLimit.FromMegabytes(builder.Configuration.GetValue("Limits:MaxRequestBodyMegabytes", 20));
services.AddSingleton(bodyLimit);
builder.WebHost.ConfigureKestrel(k =>
{
    k.Limits.MaxRequestBodySize = bodyLimit.RequestBytes;
    k.AddServerHeader = false; // no product name for a scanner to look up
});
services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.MultipartBodyLengthLimit = bodyLimit.RequestBytes);

var app = builder.Build();

if ((AuditSetup.Refusal(app.Services) ?? PublicAddress.Refusal(app.Configuration)) is { } refusal)
{
    await Console.Error.WriteLineAsync(refusal);
    return 1;
}

if (args.Length > 0 && Commands.Names.Contains(args[0]))
{
    return await Commands.RunAsync(app, args);
}

await Startup.PrepareDatabaseAsync(app);

// First, so that every answer (errors and refusals included) carries the browser protections,
// then the language, so that every answer is in the user's.
app.UseMiddleware<SecurityHeaders>();
app.UseRequestLocalization(Culture.Options());
app.UseExceptionHandler();
app.UseStatusCodePages(ProblemAnswer.StatusPageAsync);
app.UseMiddleware<RequestSizeLimit>();
app.UseRouting();
app.UseAuthentication();
app.UseMiddleware<SessionMiddleware>();
app.UseMiddleware<ApiDescriptionAccess>();
app.UseMiddleware<ApiAntiforgery>();
app.UseAuthorization();
app.UseWhen(ctx => ctx.Request.Path.StartsWithSegments(ApiDocsPolicy.Path), docs => docs.UseMiddleware<ApiDocsPolicy>());

app.MapStaticAssets().AllowAnonymous();
app.MapRazorPages().WithStaticAssets();
// Liveness touches nothing but the process; readiness (and /health) checks the database.
app.MapHealthChecks("/health/live", new() { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready").AllowAnonymous();
app.MapHealthChecks("/health").AllowAnonymous();
// The API's description and reference are for signed-in users (cookie or bearer) only.
app.MapOpenApi();
// An intranet has no internet: the reference loads nothing from another host (fonts, telemetry, chat).
// Nothing leaves the server: no web fonts, telemetry, agent or toolbar linking to outside services.
app.MapScalarApiReference(ApiDocsPolicy.Path, o => o.WithTitle("Ballast API")
    .DisableDefaultFonts().DisableTelemetry().DisableAgent().HideDeveloperTools());
app.MapPublicPages();
app.MapGet("/culture", Culture.Switch).AllowAnonymous().ExcludeFromDescription();
app.MapGet("/year", ProgrammeYear.Switch).ExcludeFromDescription();
if (app.Configuration.GetValue("Bench:Floors", false)) { app.MapBenchFloors(); }

var api = app.MapGroup("/api");
api.AddEndpointFilterFactory(InputRulesFilter.Create);
api.MapAuthApi();
api.MapProjectsApi();
api.MapAuditApi();
api.MapDashboardApi();
api.MapDispatchApi();
api.MapImportApi();
api.MapEnterprisesApi();
api.MapParksLandApi();
api.MapListsApi();
api.MapChainsApi();
api.MapBuildingsApi();
api.MapTenantsApi();
api.MapAreasApi();
api.MapParksApi();
api.MapParkListsApi();
api.MapProblemsApi();
api.MapSubmissionsApi();
api.MapSupervisionApi();
api.MapPlanApi();
api.MapBulletinApi();
api.MapAssessmentApi();
api.MapPerMuApi();
api.MapPublishedProjectsApi();
api.MapMatchingApi();
api.MapRewardsApi();
api.MapCampaignsApi();
api.MapPoliciesApi();

await app.RunAsync();
return 0;
