using System.Net;
using Ballast.Tests.Api;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auth;

namespace Ballast.Tests.Security;

/// <summary>Every page handler that writes, posted as every role with a valid antiforgery token and
/// ids no record has: a role without the handler's function is sent to the denied page; a role
/// with it is not, and nothing answers 500. At least one allowed post gets past validation, so the
/// token is good and a 400 is the handler's own refusal.</summary>
public sealed class RoleMatrixPageTests(WalkFactory factory) : IClassFixture<WalkFactory>
{
    public static TheoryData<string, string> Users => ApiWalkTests.Users;

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_page_write_answers_as_the_declared_matrix_says(string role, string unit)
    {
        var name = "matrix-page-" + role.ToLowerInvariant();
        var client = await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, unit, role));
        var writes = (await WriteEndpoints.AllAsync(factory.Services))
            .Where(e => e.IsPage && !e.Anonymous && e.Route != "/Auth/Logout").ToList();
        var token = await Browser.AntiforgeryTokenAsync(client, "/");
        var wrong = new List<string>();
        var passed = 0;
        foreach (var write in writes)
        {
            var response = await client.PostAsync(write.Url(), new FormUrlEncodedContent(
                new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
            var denied = response.StatusCode == HttpStatusCode.Redirect
                && response.Headers.Location!.OriginalString.Contains("/Auth/Denied", StringComparison.Ordinal);
            var allowed = FunctionMatrix.Holds(role, write.Function!);
            passed += allowed && !denied && response.StatusCode != HttpStatusCode.BadRequest ? 1 : 0;
            if (allowed ? denied || (int)response.StatusCode >= 500 : !denied)
            {
                wrong.Add($"{role} POST {write.Url()} ({write.Function}, {(allowed ? "allowed" : "refused")}) → {(int)response.StatusCode} {response.Headers.Location}");
            }
        }
        Assert.True(writes.Count >= 50, $"only {writes.Count} page handlers");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        // Signed in still: the refusals ended nothing.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.True(passed > 0 || !Policies.All.Any(f => f != Policies.Own && FunctionMatrix.Holds(role, f)));
    }
}
