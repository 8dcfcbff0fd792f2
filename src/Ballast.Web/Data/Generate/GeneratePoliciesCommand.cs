using System.Diagnostics;
using System.Globalization;

namespace Ballast.Web.Data.Generate;

/// <summary><c>generate policies --count 20000 [--seed 42]</c>: adds synthetic policies beside whatever the compendium
/// holds, for the search benchmark.</summary>
public static class GeneratePoliciesCommand
{
    public const int MaxCount = 200_000;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var o = Common.CommandLine.Options(args);
        if (!int.TryParse(o.GetValueOrDefault("count"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count is < 1 or > MaxCount)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"generate policies needs --count from 1 to {MaxCount:N0}"));
            return 2;
        }
        var seed = GenerateOptions.DefaultSeed;
        if (o.TryGetValue("seed", out var text) && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seed))
        {
            await stderr.WriteLineAsync($"--seed must be a whole number, not '{text}'");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        await new PolicyGenerator(services, seed, stdout).RunAsync(count);
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{count:N0} policies in {clock.Elapsed.TotalSeconds:N1} s"));
        return 0;
    }
}
