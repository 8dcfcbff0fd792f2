using System.Globalization;
using Ballast.Web.Common;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data.Generate;

/// <summary><c>generate --scale tiny|city|province [--seed 42] [--years 2021-2023] [--append]</c>: fills
/// the configured database with a synthetic portfolio. A database that already holds projects is
/// refused unless <c>--append</c> says to add beside them.</summary>
public static class GenerateCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var (options, error) = GenerateOptions.Parse(args);
        if (options is null)
        {
            await stderr.WriteLineAsync(error);
            return 2;
        }
        var db = services.GetRequiredService<AppDbContext>();
        var today = CityTime.Today(db.Time);
        if (ReferenceLoader.LastMonth(options.LastYear, today) is null)
        {
            await stderr.WriteLineAsync($"no month of {options.LastYear} has ended yet (today is {today:yyyy-MM-dd}): choose earlier --years");
            return 2;
        }
        var existing = await db.Projects.IgnoreQueryFilters().CountAsync();
        if (existing > 0 && !options.Append)
        {
            await stderr.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"the database already holds {existing:N0} projects: nothing generated."));
            await stderr.WriteLineAsync("Use an empty database, or add --append to add the generated portfolio beside them.");
            return 1;
        }
        await stdout.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"generating {options.Scale.Name} (seed {options.Seed}, {options.FirstYear}-{options.LastYear}) into {db.Database.ProviderName}"));
        var counts = await new PortfolioGenerator(services, options, stdout).RunAsync();
        await stdout.WriteLineAsync(counts.Summary());
        return 0;
    }
}
