using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Auth;

/// <summary>The demo as a person meets it: the credentials file lists each demo user's password and,
/// for the three administrators, the authenticator key they sign in with; nobody is made to change
/// a password at the first sign-in.</summary>
public sealed class DemoSignInTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public async Task Demo_users_sign_in_with_the_credentials_file_and_administrators_with_its_keys()
    {
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await DemoSeeder.SeedAsync(scope.ServiceProvider, scope.ServiceProvider.GetRequiredService<IConfiguration>(), factory.DataFolder);
        }
        var rows = (await File.ReadAllLinesAsync(Path.Combine(factory.DataFolder, "demo-credentials.txt")))
            .Select(l => l.Split('\t')).Where(r => r.Length == 4 && r[0] != "user").ToDictionary(r => r[0]);
        Assert.Equal(DemoSeeder.Users.Select(u => u.UserName).Order(), rows.Keys.Order());

        foreach (var demo in DemoSeeder.Users)
        {
            var (password, key) = (rows[demo.UserName][1], rows[demo.UserName][3]);
            var isAdmin = Ballast.Web.Features.Organisation.Roles.Separated.Contains(demo.Role);
            Assert.Equal(isAdmin, key.Length > 0);
            var step1 = await Browser.LoginAsync(Browser.NewClient(factory), demo.UserName, password);
            Assert.Equal(isAdmin ? "/Auth/SecondFactor" : "/", step1.Headers.Location!.OriginalString);
            if (isAdmin)
            {
                factory.RememberAuthenticator(demo.UserName, key);
            }
            var client = await Browser.SignedInAsync(factory, demo.UserName, password);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
    }
}
