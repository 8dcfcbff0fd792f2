using System.Globalization;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Parks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Parks.Profile;

/// <summary>Parks and firms for the parks' tests, opened through the parks' own save path.</summary>
internal static class ParkSetup
{
    public static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    public static Task<int> UnitAsync(BallastFactory factory, string code) =>
        factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>The park of the unit, opened with the input when it has no profile yet.</summary>
    public static async Task<int> ParkAsync(BallastFactory factory, string unitCode, ParkInput? input = null)
    {
        var unit = await UnitAsync(factory, unitCode);
        if (await factory.WithDbAsync(db => db.Parks.Where(p => p.UnitId == unit).Select(p => (int?)p.Id).SingleOrDefaultAsync()) is { } id)
        {
            return id;
        }
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ParkSave>().CreateAsync(unit, input ?? new ParkInput());
        Assert.Equal(ParkSaveOutcome.Saved, result.Outcome);
        return result.Id!.Value;
    }

    public static async Task<int> FirmAsync(BallastFactory factory, string name, string unitCode, params (int Year, decimal? Output)[] years)
    {
        var owner = await UnitAsync(factory, unitCode);
        return await factory.WithDbAsync(async db =>
        {
            var e = db.Enterprises.Add(new Enterprise { Name = name, OwnerUnitId = owner, Uscc = null }).Entity;
            await db.SaveChangesAsync();
            foreach (var (year, output) in years)
            {
                db.EnterpriseYears.Add(new EnterpriseYear { EnterpriseId = e.Id, Year = year, Output = output, Source = "统计局", OwnerUnitId = owner });
            }
            await db.SaveChangesAsync();
            return e.Id;
        });
    }

    public static Task<int> ChainAsync(BallastFactory factory, string name) =>
        factory.WithDbAsync(db => db.Chains.Where(c => c.Name == name).Select(c => c.Id).SingleAsync());
}
