using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Auth;

/// <summary>The user's own password change against each rule of the policy (defaults: ten characters,
/// three of four classes, not the user name, not one of the last five), with the refusal named on
/// the field in Chinese and the password left as it was.</summary>
public sealed class PasswordPolicyTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static int _users;

    public static TheoryData<string, string> Refused()
    {
        var data = new TheoryData<string, string>();
        var seed = 0;
        foreach (var classes in PasswordRules.Combinations().Where(c => c.Length < 3))
        {
            data.Add(PasswordRules.Make(classes, 14, ++seed), "密码须包含大写字母、小写字母、数字、符号中的至少3类");
        }
        foreach (var length in new[] { 1, 5, 9 })
        {
            data.Add(PasswordRules.Make("ULDS", length, ++seed), "密码至少10位");
        }
        return data;
    }

    public static TheoryData<string> Accepted()
    {
        var data = new TheoryData<string>();
        var seed = 100;
        foreach (var classes in PasswordRules.Combinations().Where(c => c.Length >= 3))
        {
            data.Add(PasswordRules.Make(classes, 10, ++seed));
        }
        return data;
    }

    private async Task<(HttpClient Client, string Name, string Password)> SignedInAsync()
    {
        var name = $"policy-{Interlocked.Increment(ref _users)}";
        var password = await factory.CreateUserAsync(name, "370211", Roles.DistrictStaff);
        return (await Browser.SignedInAsync(factory, name, password), name, password);
    }

    private Task<string?> HashOfAsync(string name) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.PasswordHash).SingleAsync());

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_password_breaking_a_rule_is_refused_on_its_field(string next, string reason)
    {
        var (client, name, password) = await SignedInAsync();
        var before = await HashOfAsync(name);

        var response = await Browser.ChangePasswordAsync(client, password, next);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(reason, PasswordRules.FieldError(html, "Input.New"), StringComparison.Ordinal);
        Assert.Equal(before, await HashOfAsync(name));
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Three_or_four_classes_in_ten_characters_are_accepted(string next)
    {
        var (client, name, password) = await SignedInAsync();
        var before = await HashOfAsync(name);

        var response = await Browser.ChangePasswordAsync(client, password, next);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account", response.Headers.Location!.OriginalString);
        Assert.NotEqual(before, await HashOfAsync(name));
        Assert.Equal(HttpStatusCode.Redirect, (await Browser.LoginAsync(Browser.NewClient(factory), name, next)).StatusCode);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("Ab1!{0}")]
    [InlineData("{0}Zz9#")]
    [InlineData("Xy7-{0}-Q")]
    public async Task A_password_holding_the_user_name_in_any_case_is_refused(string pattern)
    {
        var (client, name, password) = await SignedInAsync();
        foreach (var spelled in new[] { name, name.ToUpperInvariant(), char.ToUpperInvariant(name[0]) + name[1..] })
        {
            var next = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, spelled) + "Aa1!";
            var response = await Browser.ChangePasswordAsync(client, password, next);
            Assert.Contains("密码不能包含用户名", PasswordRules.FieldError(await response.Content.ReadAsStringAsync(), "Input.New"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_wrong_current_password_or_a_mismatched_confirmation_is_named()
    {
        var (client, name, password) = await SignedInAsync();
        var before = await HashOfAsync(name);

        var wrong = await Browser.ChangePasswordAsync(client, password + "x", "Good-passw0rd-1");
        Assert.Equal("当前密码不正确", PasswordRules.FieldError(await wrong.Content.ReadAsStringAsync(), "Input.Current"));

        var mismatch = await Browser.ChangePasswordAsync(client, password, "Good-passw0rd-1", "Good-passw0rd-2");
        Assert.Equal("两次输入的新密码不一致", PasswordRules.FieldError(await mismatch.Content.ReadAsStringAsync(), "Input.Confirm"));
        Assert.Equal(before, await HashOfAsync(name));
    }

    [Fact]
    public async Task The_refusal_is_in_English_for_an_English_reader()
    {
        var (client, _, password) = await SignedInAsync();
        await client.GetAsync("/culture?c=en&returnUrl=/");
        var response = await Browser.ChangePasswordAsync(client, password, "alllowercaseletters");
        var error = PasswordRules.FieldError(await response.Content.ReadAsStringAsync(), "Input.New");
        Assert.Contains("at least 3", error, StringComparison.Ordinal);
        Assert.DoesNotContain("密码", error, StringComparison.Ordinal);
    }
}
