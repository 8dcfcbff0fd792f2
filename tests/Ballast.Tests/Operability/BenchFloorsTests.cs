using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Operability;

/// <summary>The benchmark's floor endpoints exist only where <c>Bench:Floors</c> turns them on, and then behind
/// the same sign-in as the API they are compared with.</summary>
public sealed class BenchFloorsTests
{
    private sealed class WithFloors : BallastFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Bench:Floors", "true");
        }
    }

    [Fact]
    public async Task Floors_are_not_served_unless_configured()
    {
        await using var factory = new BallastFactory();
        var password = await factory.CreateUserAsync("floors", "dept-drc", Roles.ProgrammeOffice);
        var client = await Browser.WithTokenAsync(factory, "floors", password);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/bench/floor/one-row")).StatusCode);
    }

    [Fact]
    public async Task Floors_answer_signed_in_callers_with_a_constant_and_the_first_unit()
    {
        await using var factory = new WithFloors();
        var password = await factory.CreateUserAsync("floors", "dept-drc", Roles.ProgrammeOffice);
        var anonymous = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        Assert.Contains((await anonymous.GetAsync("/bench/floor/none")).StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.Unauthorized });
        var client = await Browser.WithTokenAsync(factory, "floors", password);
        Assert.Equal("\"ok\"", await client.GetStringAsync("/bench/floor/none"));
        var first = await factory.WithDbAsync(db => db.Units.OrderBy(u => u.Id).Select(u => u.Name).FirstAsync());
        Assert.Contains(first, await client.GetStringAsync("/bench/floor/one-row"), StringComparison.Ordinal);
    }
}
