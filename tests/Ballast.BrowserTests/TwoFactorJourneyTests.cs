using System.Diagnostics;
using System.Text.RegularExpressions;
using Ballast.Web.Features.Organisation;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>A district clerk turns on the second factor from their account page: scans the QR code
/// (read back here with zbarimg, as a phone would), types the first code, keeps the recovery codes,
/// then signs in again with password and code.</summary>
[Collection(BrowserGroup.Name)]
public sealed class TwoFactorJourneyTests(BrowserFixture fx)
{
    [Fact]
    public async Task A_user_enrols_an_authenticator_and_signs_in_with_it()
    {
        const string user = "journey-totp";
        var password = await fx.App.CreateUserAsync(user, "370211", Roles.DistrictStaff);
        var page = await fx.NewPageAsync();
        await Journey.SignInAsync(page, user, password);

        await page.GetByTestId("user-name").ClickAsync();
        await Assertions.Expect(page.GetByTestId("two-factor-state")).ToContainTextAsync("未启用");
        await page.GetByRole(AriaRole.Link, new() { Name = "启用双因素认证" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("qr")).ToBeVisibleAsync();
        await BrowserFixture.ShotAsync(page, "totp-01-enrol");

        var key = (await page.GetByTestId("shared-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal);
        Assert.Matches("^[a-z2-7]{32}$", key);
        var scanned = await ScanAsync(page.GetByTestId("qr"));
        Assert.Equal($"otpauth://totp/Ballast%3A{user}?secret={key.ToUpperInvariant()}&issuer=Ballast&digits=6&period=30", scanned);

        fx.App.RememberAuthenticator(user, key);
        await page.GetByLabel("动态验证码").FillAsync(await fx.App.TotpCodeAsync(user));
        await page.GetByRole(AriaRole.Button, new() { Name = "启用" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await BrowserFixture.ShotAsync(page, "totp-02-recovery-codes");
        await page.GetByTestId("continue").ClickAsync();
        await Assertions.Expect(page.GetByTestId("two-factor-state")).ToContainTextAsync("已启用");

        await page.GetByTestId("sign-out").ClickAsync();
        await page.GetByLabel("用户名").FillAsync(user);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Auth/SecondFactor"));
        await BrowserFixture.ShotAsync(page, "totp-03-code");
        await Journey.GiveCodeAsync(page, await fx.App.TotpCodeAsync(user));
        await Assertions.Expect(page.GetByTestId("sign-out")).ToBeVisibleAsync();
        await Assertions.Expect(page).Not.ToHaveURLAsync(new Regex("/Auth/"));
        await page.Context.CloseAsync();
    }

    /// <summary>Reads the QR code the way a phone's camera would: from its picture.</summary>
    private static async Task<string> ScanAsync(ILocator qr)
    {
        var file = Path.Combine(Path.GetTempPath(), $"ballast-qr-{Guid.NewGuid():N}.png");
        await qr.ScreenshotAsync(new LocatorScreenshotOptions { Path = file });
        try
        {
            using var zbar = Process.Start(new ProcessStartInfo("zbarimg", ["--quiet", "--raw", file]) { RedirectStandardOutput = true })!;
            var text = await zbar.StandardOutput.ReadToEndAsync();
            await zbar.WaitForExitAsync();
            return text.Trim();
        }
        finally
        {
            File.Delete(file);
        }
    }
}
