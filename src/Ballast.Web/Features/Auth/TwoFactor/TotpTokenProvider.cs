using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Identity;

namespace Ballast.Web.Features.Auth;

/// <summary>Checks authenticator codes for UserManager, in place of Identity's own provider, which reads
/// the system clock (not <see cref="TimeProvider"/>), accepts codes 90 seconds either way and accepts
/// the same code again. Here a code is good one step either way (clock drift) and only once: the
/// step it belongs to is stored, and no step at or before it is accepted again.</summary>
public sealed class TotpTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "BallastTotp";
    public const int Window = 1;

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>Nothing is sent: the code comes from the user's authenticator.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var code = Normalise(token);
        if (code.Length != Totp.Digits || !code.All(char.IsAsciiDigit) || await manager.GetAuthenticatorKeyAsync(user) is not { } key)
        {
            return false;
        }
        var step = Totp.Match(Base32.Decode(key), code, Totp.StepAt(time.GetUtcNow()), user.TotpLastStep ?? long.MinValue, Window);
        if (step is null)
        {
            return false;
        }
        user.TotpLastStep = step;
        // Two requests racing with one code: the second update fails on the concurrency stamp.
        return (await manager.UpdateAsync(user)).Succeeded;
    }

    public static string Normalise(string? code) => (code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
}
