using Ballast.Tests.Infrastructure;
using Ballast.Web.Data.Generate;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Generate;

/// <summary>Ballast with the tiny generated portfolio for 2023, written once for the class. The clock
/// stands in January 2024, so every month of 2023 has ended: February–November closed, December open.</summary>
public sealed class GeneratedFactory : BallastFactory, IAsyncLifetime
{
    public static readonly DateTimeOffset January2024 = new(2024, 1, 20, 1, 0, 0, TimeSpan.Zero);

    public GeneratedCounts Counts { get; private set; } = new();

    public async Task InitializeAsync()
    {
        Clock.Set(January2024);
        Counts = await GenerateAsync(this, "--scale", "tiny", "--seed", "42", "--years", "2023");
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs the generator as the command does, in a scope of its own.</summary>
    public static async Task<GeneratedCounts> GenerateAsync(BallastFactory factory, params string[] args)
    {
        var (options, error) = GenerateOptions.Parse(args);
        Assert.True(options is not null, error);
        await using var scope = factory.Services.CreateAsyncScope();
        return await new PortfolioGenerator(scope.ServiceProvider, options, TextWriter.Null).RunAsync();
    }
}
