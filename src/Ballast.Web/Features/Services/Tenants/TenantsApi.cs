using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Services;

/// <summary>A building's firms through <see cref="BuildingTenants"/>, the path the details page uses.</summary>
public static class TenantsApi
{
    /// <summary>The firm as placed: its building, the building it left if it moved, what happened, its new version.</summary>
    public sealed record TenantDto(int BuildingId, int EnterpriseId, string? MovedFrom, string Message, int Version);

    public static RouteGroupBuilder MapTenantsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/buildings").WithTags("Buildings");
        group.MapPost("/{id:int}/firms", PlaceAsync)
            .WithSummary("Place a firm of the building's district in the building; a firm in another building is moved (movedFrom names it). "
                + "Send the firm's version you read to have it checked.")
            .Produces<TenantDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapDelete("/{id:int}/firms/{enterpriseId:int}", RemoveAsync)
            .WithSummary("Take a firm out of the building (it stays in the registry, in no building); 404 when it is not in this building.")
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict).Produces(StatusCodes.Status404NotFound)
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<IResult> PlaceAsync(int id, TenantInput input, BuildingTenants tenants, AppDbContext db, Texts t)
    {
        var result = await tenants.PlaceAsync(id, input);
        if (result.Outcome != ServiceSaveOutcome.Saved)
        {
            return ServiceResults.Failure(result, t);
        }
        var version = await db.Enterprises.AsNoTracking().Where(e => e.Id == input.EnterpriseId).Select(e => e.Version).SingleAsync();
        return TypedResults.Ok(new TenantDto(id, input.EnterpriseId, result.MovedFrom, result.Note ?? "", version));
    }

    private static async Task<IResult> RemoveAsync(int id, int enterpriseId, int? version, BuildingTenants tenants, Texts t)
    {
        var result = await tenants.RemoveAsync(id, enterpriseId, version);
        return result.Outcome == ServiceSaveOutcome.Saved ? TypedResults.NoContent() : ServiceResults.Failure(result, t);
    }
}
