using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Operability;

/// <summary>The floors the benchmark suite (bench/) compares Ballast's requests with, served by the same
/// process through the same middleware (sign-in included): one answers a constant, one reads a single row.
/// Mapped only when <c>Bench:Floors</c> is true.</summary>
public static class BenchFloors
{
    public static IEndpointRouteBuilder MapBenchFloors(this IEndpointRouteBuilder app)
    {
        var floor = app.MapGroup("/bench/floor").ExcludeFromDescription();
        floor.MapGet("/none", () => TypedResults.Ok("ok"));
        floor.MapGet("/one-row", async (AppDbContext db) =>
            TypedResults.Ok(await db.Units.AsNoTracking().OrderBy(u => u.Id).Select(u => new { u.Id, u.Name }).FirstAsync()));
        return app;
    }
}
