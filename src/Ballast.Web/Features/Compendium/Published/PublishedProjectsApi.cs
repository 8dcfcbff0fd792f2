using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ballast.Web.Features.Compendium;

/// <summary>The key projects on the public pages, through <see cref="PublishedProjectSave"/>.</summary>
public static class PublishedProjectsApi
{
    public static RouteGroupBuilder MapPublishedProjectsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/published-projects").WithTags("Published projects");
        group.MapGet("/", ListAsync).WithSummary("The key projects on the public pages and what each releases.").RequireAuthorization();
        group.MapPost("/", CreateAsync)
            .WithSummary("Publish a key project of your own unit (the programme office: any), with its public name and the figures released.")
            .Produces<PublishedRow>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPut("/{id:int}", UpdateAsync)
            .WithSummary("Change what is released; send the version you read: 409 with the current version when someone changed it since.")
            .Produces<PublishedRow>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapDelete("/{id:int}", WithdrawAsync)
            .WithSummary("Withdraw the project from the public pages (optionally ?version= as read).")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<Ok<List<PublishedRow>>> ListAsync(AppDbContext db) => TypedResults.Ok(await PublishedQuery.ListAsync(db));

    private static async Task<IResult> CreateAsync(PublishedProjectInput input, PublishedProjectSave save, AppDbContext db, Texts t)
    {
        var result = await save.CreateAsync(input);
        return result.Outcome == PublishOutcome.Saved
            ? TypedResults.Created($"/api/published-projects/{result.Id}", (await PublishedQuery.ListAsync(db, result.Id)).Single())
            : Failure(result, t);
    }

    private static async Task<IResult> UpdateAsync(int id, PublishedProjectInput input, PublishedProjectSave save, AppDbContext db, Texts t)
    {
        var result = await save.UpdateAsync(id, input);
        return result.Outcome == PublishOutcome.Saved ? TypedResults.Ok((await PublishedQuery.ListAsync(db, id)).Single()) : Failure(result, t);
    }

    private static async Task<IResult> WithdrawAsync(int id, int? version, PublishedProjectSave save, Texts t)
    {
        var result = await save.WithdrawAsync(id, version);
        return result.Outcome == PublishOutcome.Saved ? TypedResults.NoContent() : Failure(result, t);
    }

    private static IResult Failure(PublishSaveResult result, Texts t) => result.Outcome switch
    {
        PublishOutcome.NotFound => TypedResults.NotFound(),
        PublishOutcome.Forbidden => TypedResults.Problem(result.Errors[0].Message, statusCode: StatusCodes.Status403Forbidden),
        PublishOutcome.Conflict => TypedResults.Problem(
            title: t["该记录已被他人修改，您的修改未保存"].Value, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["record"] = result.Conflict!.Record, ["current"] = result.Conflict.Current, ["fields"] = result.Conflict.Fields,
            }),
        _ => TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray())),
    };
}
