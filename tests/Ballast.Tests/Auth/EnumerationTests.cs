using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Auth;

/// <summary>Nothing in the answer to a failed sign-in tells an outsider whether the account exists:
/// an unknown name, a wrong password, a locked and a disabled account (with the right password or
/// not) get the same status and the same page or problem, byte for byte once the antiforgery token
/// and the echoed name are set aside, and the same hashing work.</summary>
public sealed partial class EnumerationTests(CountingHashFactory factory) : IClassFixture<CountingHashFactory>
{
    private static int _seed;

    /// <summary>Who tries, with which password, for each kind of account.</summary>
    private async Task<List<(string Kind, string Name, string Password)>> AttemptsAsync()
    {
        var random = new Random(Interlocked.Increment(ref _seed));
        string Name(string kind) => $"enum-{kind}-{random.Next():x8}";
        var real = Name("real");
        var locked = Name("lock");
        var disabled = Name("off");
        var realPassword = await factory.CreateUserAsync(real, "370211", Roles.DistrictStaff);
        var lockedPassword = await factory.CreateUserAsync(locked, "370211", Roles.DistrictStaff);
        var disabledPassword = await factory.CreateUserAsync(disabled, "370211", Roles.DistrictStaff);
        for (var i = 0; i < 5; i++)
        {
            await Browser.LoginAsync(Browser.NewClient(factory), locked, "Wrong-passw0rd-" + i);
        }
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await AccountChanges.SetDisabledAsync(db, users, (await users.FindByNameAsync(disabled))!, true);
        }
        var guess = DemoSeederPassword(random);
        return
        [
            ("unknown", Name("ghost"), guess),
            ("wrong password", real, guess),
            ("locked, right password", locked, lockedPassword),
            ("locked, wrong password", locked, guess),
            ("disabled, right password", disabled, disabledPassword),
            ("disabled, wrong password", disabled, guess),
            ("unknown, a real user's password", Name("ghost"), realPassword),
        ];
    }

    private static string DemoSeederPassword(Random random) => $"Guess-{random.Next():x6}-Pw9";

    [Fact]
    public async Task The_sign_in_page_answers_every_failure_alike()
    {
        for (var round = 0; round < 3; round++)
        {
            await PageRoundAsync();
        }
    }

    private async Task PageRoundAsync()
    {
        var answers = new List<(string Kind, string Answer)>();
        foreach (var (kind, name, password) in await AttemptsAsync())
        {
            var client = Browser.NewClient(factory);
            var response = await Browser.LoginAsync(client, name, password);
            var body = await response.Content.ReadAsStringAsync();
            var masked = TokenValue().Replace(body, "value=\"(token)\"").Replace(name, "(name)", StringComparison.Ordinal);
            answers.Add((kind, $"{(int)response.StatusCode} {response.Content.Headers.ContentType}\n{masked}"));
        }
        Assert.Contains("用户名或密码不正确，或账户已锁定、停用", answers[0].Answer, StringComparison.Ordinal);
        foreach (var (kind, answer) in answers.Skip(1))
        {
            Assert.True(answer == answers[0].Answer, $"'{kind}' is answered differently from an unknown user");
        }
    }

    [Fact]
    public async Task The_token_endpoint_answers_every_failure_alike()
    {
        for (var round = 0; round < 3; round++)
        {
            await ApiRoundAsync();
        }
    }

    private async Task ApiRoundAsync()
    {
        var answers = new List<(string Kind, string Answer)>();
        foreach (var (kind, name, password) in await AttemptsAsync())
        {
            var response = await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = name, password });
            var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
            problem.Remove("traceId");
            problem.Remove("requestId");
            answers.Add((kind, $"{(int)response.StatusCode} {response.Content.Headers.ContentType}\n{problem.ToJsonString()}"));
        }
        Assert.StartsWith("401", answers[0].Answer, StringComparison.Ordinal);
        foreach (var (kind, answer) in answers.Skip(1))
        {
            Assert.True(answer == answers[0].Answer, $"'{kind}' is answered differently from an unknown user:\n{answer}\n{answers[0].Answer}");
        }
    }

    [Fact]
    public async Task Every_path_checks_exactly_one_password_hash()
    {
        var attempts = await AttemptsAsync();
        // The dummy hash is made once per process, on the first unknown name.
        await Browser.LoginAsync(Browser.NewClient(factory), "enum-warm-up", "Warm-up-passw0rd");
        foreach (var (kind, name, password) in attempts)
        {
            var (verified, hashed) = (factory.Hasher.Verified, factory.Hasher.Hashed);
            await Browser.LoginAsync(Browser.NewClient(factory), name, password);
            Assert.True(factory.Hasher.Verified - verified == 1, $"'{kind}' on the page checked {factory.Hasher.Verified - verified} hashes");
            Assert.True(factory.Hasher.Hashed == hashed, $"'{kind}' on the page made a hash");

            (verified, hashed) = (factory.Hasher.Verified, factory.Hasher.Hashed);
            await factory.CreateClient().PostAsJsonAsync("/api/auth/token", new { userName = name, password });
            Assert.True(factory.Hasher.Verified - verified == 1, $"'{kind}' on the API checked {factory.Hasher.Verified - verified} hashes");
            Assert.True(factory.Hasher.Hashed == hashed, $"'{kind}' on the API made a hash");
        }
    }

    [GeneratedRegex("value=\"CfDJ8[^\"]+\"")]
    private static partial Regex TokenValue();
}
