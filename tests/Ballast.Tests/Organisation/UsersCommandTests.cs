using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Organisation;

public sealed class UsersCommandTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private async Task<(int Code, string Out, string Err)> RunAsync(string stdin, params string[] args)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await UsersCommand.AddAsync(scope.ServiceProvider, args, new StringReader(stdin), output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task Adds_a_user_who_can_then_sign_in()
    {
        var (code, output, _) = await RunAsync("Strong-Passw0rd\n", "--name", "cmd-user", "--display", "命令行用户", "--unit", "370215", "--role", "DistrictStaff");
        Assert.Equal(0, code);
        Assert.Contains("即墨区", output, StringComparison.Ordinal);

        await using var scope = factory.Services.CreateAsyncScope();
        var (outcome, user) = await scope.ServiceProvider.GetRequiredService<Credentials>().PasswordAsync("cmd-user", "Strong-Passw0rd");
        Assert.Equal(SignInOutcome.Success, outcome);
        // The password came from whoever ran the command: its owner must change it first.
        Assert.Equal(PendingStep.ChangePassword, await scope.ServiceProvider.GetRequiredService<SessionService>().PendingStepAsync(user!));
    }

    [Theory]
    [InlineData("Strong-Passw0rd\n", "--name", "x1", "--unit", "nope", "--role", "DistrictStaff", "unknown unit")]
    [InlineData("Strong-Passw0rd\n", "--name", "x2", "--unit", "370215", "--role", "King", "unknown role")]
    [InlineData("", "--name", "x3", "--unit", "370215", "--role", "DistrictStaff", "no password")]
    [InlineData("short\n", "--name", "x4", "--unit", "370215", "--role", "DistrictStaff", "密码至少10位")]
    public async Task Refuses_bad_input_with_a_reason(string stdin, string a1, string a2, string a3, string a4, string a5, string a6, string expected)
    {
        var (code, _, err) = await RunAsync(stdin, a1, a2, a3, a4, a5, a6);
        Assert.NotEqual(0, code);
        Assert.Contains(expected, err, StringComparison.Ordinal);
        Assert.Equal(Roles.All.Count, Roles.All.Distinct().Count());
    }
}
