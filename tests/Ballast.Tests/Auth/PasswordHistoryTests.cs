using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Auth;

/// <summary>A new password may not repeat any of the last five (the current one included), by
/// whichever channel it is set; the sixth back is free again, and only five hashes are kept.</summary>
public sealed class PasswordHistoryTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static int _users;

    /// <summary>A user whose passwords were p[0] … p[5] in that order (p[5] is the current one).</summary>
    private async Task<(string Name, string[] Passwords)> UserWithSixPasswordsAsync()
    {
        var name = $"history-{Interlocked.Increment(ref _users)}";
        var first = await factory.CreateUserAsync(name, "370215", Roles.DistrictStaff);
        var passwords = new[] { first }.Concat(Enumerable.Range(1, 5).Select(i => $"Past-{_users}-Passw0rd-{i}")).ToArray();
        for (var i = 1; i < passwords.Length; i++)
        {
            var result = await ChangeAsync(name, passwords[i - 1], passwords[i]);
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        }
        return (name, passwords);
    }

    private async Task<IdentityResult> ChangeAsync(string name, string current, string next)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await users.ChangePasswordAsync((await users.FindByNameAsync(name))!, current, next);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public async Task Each_of_the_last_five_passwords_is_refused(int back)
    {
        var (name, passwords) = await UserWithSixPasswordsAsync();
        var reused = passwords[^back];

        var result = await ChangeAsync(name, passwords[^1], reused);

        var error = Assert.Single(result.Errors);
        Assert.Equal("PasswordReused", error.Code);
        Assert.Equal("密码不能与最近5次使用过的密码相同", error.Description);
    }

    [Fact]
    public async Task The_sixth_password_back_is_free_again_and_five_hashes_are_kept()
    {
        var (name, passwords) = await UserWithSixPasswordsAsync();
        var id = await factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());
        Assert.Equal(5, await factory.WithDbAsync(db => db.PasswordHistory.CountAsync(h => h.UserId == id)));

        Assert.True((await ChangeAsync(name, passwords[^1], passwords[0])).Succeeded);

        Assert.Equal(5, await factory.WithDbAsync(db => db.PasswordHistory.CountAsync(h => h.UserId == id)));
        var current = await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash).SingleAsync());
        var newest = await factory.WithDbAsync(db =>
            db.PasswordHistory.Where(h => h.UserId == id).OrderByDescending(h => h.Id).Select(h => h.Hash).FirstAsync());
        Assert.Equal(current, newest);
    }

    [Fact]
    public async Task The_page_refuses_a_recent_password_in_Chinese_on_the_new_password_field()
    {
        var (name, passwords) = await UserWithSixPasswordsAsync();
        var client = await Browser.SignedInAsync(factory, name, passwords[^1]);

        var response = await Browser.ChangePasswordAsync(client, passwords[^1], passwords[^3]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("密码不能与最近5次使用过的密码相同", PasswordRules.FieldError(await response.Content.ReadAsStringAsync(), "Input.New"));
    }
}
