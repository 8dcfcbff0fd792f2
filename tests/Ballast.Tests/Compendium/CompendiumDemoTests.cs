using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Compendium;

/// <summary>The demo compendium matches the demo registry: every policy given conditions finds firms, and the 专精特新 reward finds
/// exactly the firms holding a 小巨人 or 省级专精特新 designation valid on the day — counted here straight from the records.</summary>
public sealed class CompendiumDemoTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Every_demo_policy_with_conditions_finds_the_firms_its_conditions_describe()
    {
        using (var scope = factory.Services.CreateScope())
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IConfiguration>(), factory.DataFolder);
        }
        var office = await Browser.WithTokenAsync(factory, "compendium-demo", await factory.CreateUserAsync("compendium-demo", "dept-drc", Roles.ProgrammeOffice));
        var conditioned = await factory.WithDbAsync(db => db.Policies.Where(p => p.IsDemo && p.Conditions.Any())
            .Select(p => new { p.Id, p.DocumentNumber }).ToListAsync());
        Assert.Equal(7, conditioned.Count);
        var eligible = new Dictionary<string, int>();
        foreach (var p in conditioned)
        {
            var body = await (await office.GetAsync($"/api/policies/{p.Id}/matches?year=2023&day=2023-06-30")).Content.ReadFromJsonAsync<JsonElement>();
            eligible[p.DocumentNumber!] = body.GetProperty("eligible").GetInt32();
        }
        Assert.All(eligible, e => Assert.True(e.Value > 0, $"{e.Key} matches no firm of the demo registry"));

        var day = new DateOnly(2023, 6, 30);
        var designated = await factory.WithDbAsync(db => db.Designations
            .Where(d => d.EnterpriseId != null && (d.KindCode == "little-giant" || d.KindCode == "srdi-provincial")
                && d.Year <= 2023 && (d.ExpiresOn == null || d.ExpiresOn >= day))
            .Select(d => d.EnterpriseId).Distinct().CountAsync());
        Assert.Equal(designated, eligible["青工信字〔2023〕12号"]);
    }
}
