using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Dashboard;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Security;

/// <summary>Ballast with a fault planted where the dashboard's figures are made, so that its page and
/// its API answer 500 through the exception handler (which clears the headers before it writes).</summary>
public sealed class FaultyFactory : BallastFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(s => s.AddScoped<DashboardFigures>(_ => throw new InvalidOperationException("planted fault")));
    }
}

/// <summary>Server errors carry the protections too, over http and over https.</summary>
public sealed class ErrorAnswerTests(FaultyFactory factory) : IClassFixture<FaultyFactory>
{
    [Theory]
    [InlineData("http://localhost")]
    [InlineData("https://localhost")]
    public async Task A_server_error_on_a_page_or_the_API_carries_the_protections(string origin)
    {
        var name = "fault-" + new Uri(origin).Scheme;
        var client = await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice), new Uri(origin));
        foreach (var url in new[] { "/Dashboard", "/api/dashboard?year=2023" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(500, (int)response.StatusCode);
            Assert.Empty(Protections.Missing(response, https: origin.StartsWith("https", StringComparison.Ordinal)));
        }
    }
}
