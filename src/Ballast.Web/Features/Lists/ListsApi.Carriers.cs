using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Web;

namespace Ballast.Web.Features.Lists;

public static partial class ListsApi
{
    private static async Task<Results<Created<CarrierRow>, ValidationProblem, ForbidHttpResult>> CreateCarrierAsync(
        CarrierInput input, AppDbContext db, UserScope scope, Texts t)
    {
        if (await CarrierProblemAsync(input, db, t) is { } problem)
        {
            return problem;
        }
        if (!scope.CanWrite(input.OwnerUnitId))
        {
            return TypedResults.Forbid();
        }
        var carrier = new Carrier { Name = input.Name };
        input.ApplyTo(carrier);
        db.Carriers.Add(carrier);
        await db.SaveChangesAsync();
        return TypedResults.Created($"/api/lists/carriers/{carrier.Id}", await CarrierAsync(db, carrier.Id));
    }

    private static async Task<Results<Ok<CarrierRow>, NotFound, ValidationProblem, ForbidHttpResult>> UpdateCarrierAsync(
        int id, CarrierInput input, AppDbContext db, UserScope scope, Texts t)
    {
        var carrier = await db.Carriers.SingleOrDefaultAsync(c => c.Id == id);
        if (carrier is null)
        {
            return TypedResults.NotFound();
        }
        if ((VersionProblem(input.Version, t) ?? await CarrierProblemAsync(input, db, t)) is { } problem)
        {
            return problem;
        }
        if (!scope.CanWrite(carrier.OwnerUnitId) || !scope.CanWrite(input.OwnerUnitId))
        {
            return TypedResults.Forbid();
        }
        input.ApplyTo(carrier);
        db.Expect(carrier, input.Version);
        await db.SaveChangesAsync();
        return TypedResults.Ok(await CarrierAsync(db, id));
    }

    private static async Task<ValidationProblem?> CarrierProblemAsync(CarrierInput input, AppDbContext db, Texts t)
    {
        var errors = ListRules.Annotations(input, t);
        if (errors.Count == 0)
        {
            errors.AddRange(await ListRules.CarrierAsync(db, t, input));
        }
        return Problem(errors);
    }

    private static async Task<CarrierRow> CarrierAsync(AppDbContext db, int id) =>
        await (await new CarrierQuery().ApplyAsync(db, id)).SingleAsync();
}
