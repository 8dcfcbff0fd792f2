using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Logging;

namespace Ballast.Bench.Hosting;

/// <summary>The start-up floor: a hello-world ASP.NET Core app, started and timed the way Ballast is.</summary>
public static class HelloServer
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapGet("/", () => "hello");
        await app.RunAsync();
        return 0;
    }
}
