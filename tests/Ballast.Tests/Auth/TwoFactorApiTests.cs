using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Auth;

/// <summary>POST /api/auth/token for a user with a second factor takes the code too, and says when
/// it is missing or wrong; wrong codes count toward lockout here as on the page.</summary>
public sealed class TwoFactorApiTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static int _users;

    private async Task<(string Name, string Password)> AdminAsync()
    {
        var name = $"api-totp-{Interlocked.Increment(ref _users)}";
        return (name, await factory.CreateUserAsync(name, "dept-drc", Roles.Auditor));
    }

    private Task<HttpResponseMessage> TokenAsync(string name, string password, string? code) =>
        factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = name, password, code });

    private static async Task<string> CodeErrorAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.GetProperty("errors").GetProperty("code")[0].GetString()!;
    }

    [Fact]
    public async Task A_missing_code_is_asked_for_by_name()
    {
        var (name, password) = await AdminAsync();
        foreach (var code in new[] { null, "", "   " })
        {
            var response = await TokenAsync(name, password, code);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("6位动态验证码", await CodeErrorAsync(response), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_the_right_one_gives_a_working_token()
    {
        var (name, password) = await AdminAsync();
        // Four refusals: a fifth would lock the account.
        foreach (var code in new[] { TwoFactorSteps.WrongCode(factory, name), "12345", "1234567", "XXXXX-XXXXX" })
        {
            var response = await TokenAsync(name, password, code);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("动态验证码不正确", await CodeErrorAsync(response), StringComparison.Ordinal);
        }
        var ok = await TokenAsync(name, password, await factory.TotpCodeAsync(name));
        ok.EnsureSuccessStatusCode();
        var token = (await ok.Content.ReadFromJsonAsync<Browser.TokenResponse>())!;
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token.AccessToken);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/audit/verify")).StatusCode);
    }

    [Fact]
    public async Task Five_wrong_codes_lock_the_token_endpoint_too()
    {
        var (name, password) = await AdminAsync();
        HttpResponseMessage last = null!;
        for (var i = 0; i < 5; i++)
        {
            last = await TokenAsync(name, password, TwoFactorSteps.WrongCode(factory, name));
        }
        Assert.Contains("账户已暂时锁定", await CodeErrorAsync(last), StringComparison.Ordinal);

        var right = await TokenAsync(name, password, await factory.TotpCodeAsync(name));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }
}
