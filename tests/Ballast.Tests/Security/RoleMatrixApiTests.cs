using System.Net;
using System.Text;
using Ballast.Tests.Api;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auth;

namespace Ballast.Tests.Security;

/// <summary>Every API write, tried as every role against records that do not exist: a role without
/// the endpoint's function is refused at the gate (403 naming the function); a role with it gets
/// past the gate (a 400, 404 or 409 from the rules, never 401, 403 at the gate or 500).</summary>
public sealed class RoleMatrixApiTests(WalkFactory factory) : IClassFixture<WalkFactory>
{
    public static TheoryData<string, string> Users => ApiWalkTests.Users;

    [Theory]
    [MemberData(nameof(Users))]
    public async Task Every_api_write_answers_as_the_declared_matrix_says(string role, string unit)
    {
        var name = "matrix-api-" + role.ToLowerInvariant();
        var client = await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));
        var writes = (await WriteEndpoints.AllAsync(factory.Services)).Where(e => !e.IsPage && !e.Anonymous && e.Route != "/api/auth/logout").ToList();
        var wrong = new List<string>();
        foreach (var write in writes)
        {
            using var request = new HttpRequestMessage(new HttpMethod(write.Method), write.Url()) { Content = Body(write) };
            var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();
            var atGate = response.StatusCode == HttpStatusCode.Forbidden && body.Contains("\"function\":\"" + write.Function + "\"", StringComparison.Ordinal);
            var allowed = FunctionMatrix.Holds(role, write.Function!);
            if (allowed ? atGate || response.StatusCode is HttpStatusCode.Unauthorized || (int)response.StatusCode >= 500 : !atGate)
            {
                wrong.Add($"{role} {write.Method} {write.Url()} ({write.Function}, {(allowed ? "allowed" : "refused")}) → {(int)response.StatusCode} {body}");
            }
        }
        Assert.True(writes.Count >= 40, $"only {writes.Count} API writes");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    /// <summary>An empty object for JSON endpoints and an empty form for uploads: enough to pass the
    /// gate and be refused by the rules.</summary>
    private static HttpContent Body(WriteEndpoint write) => write.Route.EndsWith("/import", StringComparison.Ordinal)
        || write.Route.EndsWith("/evidence", StringComparison.Ordinal)
        ? new MultipartFormDataContent { { new StringContent(""), "note" } }
        : new StringContent("{}", Encoding.UTF8, "application/json");
}
