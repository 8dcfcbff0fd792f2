using Ballast.Web.Data;

namespace Ballast.Web.Features.Compendium;

/// <summary>The files behind the public policy page: its QR code (PNG, SVG) and its public attachments. Anonymous,
/// as the page is; an unknown or unpublished code answers 404 like any other.</summary>
public static class PublicEndpoints
{
    // A policy's address never changes, so its code may be cached; a day keeps a moved base address from lingering.
    private const string QrCache = "public, max-age=86400";

    public static IEndpointRouteBuilder MapPublicPages(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/p/{code}").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/qr.png", async (string code, HttpContext ctx, AppDbContext db, PublicAddress address) =>
            await QrAsync(code, ctx, db, address, url => Results.File(QrImages.Png(url), "image/png")));
        group.MapGet("/qr.svg", async (string code, HttpContext ctx, AppDbContext db, PublicAddress address) =>
            await QrAsync(code, ctx, db, address, url => Results.Text(QrImages.Svg(url), "image/svg+xml")));
        group.MapGet("/files/{id:int}", async (string code, int id, AppDbContext db) =>
            await PublicPolicies.FileAsync(db, code, id) is { } file
                ? Results.File(file.Content, file.ContentType, file.FileName)
                : Results.NotFound());
        return app;
    }

    private static async Task<IResult> QrAsync(string code, HttpContext ctx, AppDbContext db, PublicAddress address, Func<string, IResult> draw)
    {
        var policy = await PublicPolicies.FindAsync(db, code);
        if (policy is null)
        {
            return Results.NotFound();
        }
        ctx.Response.Headers.CacheControl = QrCache;
        return draw(address.Of(ctx.Request, policy.Code));
    }
}
