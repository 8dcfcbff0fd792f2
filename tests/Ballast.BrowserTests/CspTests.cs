using System.Text.RegularExpressions;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Ballast.BrowserTests;

/// <summary>Under the content security policy every main page still works — charts draw, tooltips
/// show, selects and print buttons answer, an upload previews, the API reference opens — and the
/// browser reports no violation. The watch is proved able to fail by an inline script.</summary>
[Collection(TourGroup.Name)]
public sealed class CspTests(TourFixture tour)
{
    private static readonly string[] Extra = ["/", "/Programme/Plan?Year=2023", "/Projects/Import", "/Organisation", "/Organisation/Users"];

    [Fact]
    public async Task Every_main_page_opens_without_a_policy_violation()
    {
        var (page, watch) = await SignedInAsync("csp-office", Roles.ProgrammeOffice);
        var paths = PageTourTests.Pages.Select(row => (string)row[3]).Concat(Extra).Append(await KeyProjectAsync()).Distinct().ToList();
        foreach (var path in paths)
        {
            var response = await page.GotoAsync(path, new() { WaitUntil = WaitUntilState.NetworkIdle });
            Assert.Equal(200, response!.Status);
            var headers = await response.AllHeadersAsync();
            Assert.Contains("script-src 'self'", headers["content-security-policy"], StringComparison.Ordinal);
            Assert.False(headers.ContainsKey("server"), "the server names itself");
            await HoverChartsAsync(page);
        }
        await page.GotoAsync("/Organisation");
        await BrowserFixture.ShotAsync(page, "csp-organisation");
        await page.Context.CloseAsync();
        Assert.True(watch.Seen.Count == 0, $"violations on {paths.Count} pages:\n" + watch.Report());
    }

    [Fact]
    public async Task Charts_draw_and_show_their_tooltips()
    {
        var (page, watch) = await SignedInAsync("csp-charts", Roles.ProgrammeOffice);
        foreach (var (path, chart) in new[] { ("/Dashboard", "#curve"), ("/Programme/Bulletin?Year=2023&Month=9", "#bulletin-curve"),
            ("/Programme/Bulletin?Year=2023&Month=9", "#bulletin-districts"), (await KeyProjectAsync(), "#months") })
        {
            await page.GotoAsync(path);
            await Assertions.Expect(page.Locator(chart + " svg")).ToBeVisibleAsync();
            Assert.True(await page.Locator(chart + " svg path").CountAsync() > 5, $"{path} {chart} drew almost nothing");
        }
        await page.GotoAsync("/Dashboard");
        var box = (await page.Locator("#curve").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
        // The tooltip is echarts' own box, placed and coloured with style attributes the policy lets through.
        var tooltip = page.Locator("#curve > div:nth-child(2)");
        await Assertions.Expect(tooltip).ToBeVisibleAsync();
        await Assertions.Expect(tooltip).ToContainTextAsync(new Regex("\\d"));
        await BrowserFixture.ShotAsync(page, "csp-dashboard-tooltip");
        await page.Context.CloseAsync();
        Assert.True(watch.Seen.Count == 0, watch.Report());
    }

    [Fact]
    public async Task Period_selects_submit_without_inline_handlers()
    {
        var (page, watch) = await SignedInAsync("csp-selects", Roles.ProgrammeOffice);
        await page.GotoAsync("/Dashboard");
        await page.Locator("#month").SelectOptionAsync("6");
        await page.WaitForURLAsync(u => u.Contains("Month=6", StringComparison.Ordinal));
        await page.GotoAsync("/Programme/Bulletin?Year=2023&Month=9");
        await page.Locator("form[data-autosubmit] select").First.SelectOptionAsync("6");
        await page.WaitForURLAsync(u => u.Contains("Month=6", StringComparison.Ordinal));
        await page.Context.CloseAsync();
        Assert.True(watch.Seen.Count == 0, watch.Report());
    }

    [Fact]
    public async Task An_upload_previews_under_the_policy()
    {
        var (page, watch) = await SignedInAsync("csp-upload", Roles.ProgrammeOffice);
        await page.GotoAsync("/Projects/Import");
        await page.GetByLabel("Excel 文件（.xlsx）").SetInputFilesAsync(new FilePayload
        {
            Name = "csp.xlsx",
            MimeType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            Buffer = Sheet(),
        });
        await page.GetByTestId("preview-button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview")).ToContainTextAsync("csp.xlsx");
        await page.Context.CloseAsync();
        Assert.True(watch.Seen.Count == 0, watch.Report());
    }

    [Fact]
    public async Task The_API_reference_opens_under_its_own_policy()
    {
        var (page, watch) = await SignedInAsync("csp-docs", Roles.ProgrammeOffice);
        var docs = await page.GotoAsync("/api/docs/");
        Assert.Contains("'sha256-", (await docs!.AllHeadersAsync())["content-security-policy"], StringComparison.Ordinal);
        var shown = page.GetByText("End the session the token belongs to.").First;
        var loaded = await shown.WaitForAsync(new() { Timeout = 30_000 }).ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        await BrowserFixture.ShotAsync(page, "csp-api-docs");
        await page.Context.CloseAsync();
        // One report is expected: the reference's validator tries Function('') once to see whether it
        // may compile, and works without (the policy never allows eval).
        var violations = watch.Seen.Where(v => !(v.Contains("script-src blocked eval at", StringComparison.Ordinal)
            && v.Contains("/api/docs/scalar.js", StringComparison.Ordinal))).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(loaded, "the reference did not show the API's operations");
    }

    [Fact]
    public async Task A_page_script_writes_to_the_API_with_the_token_from_the_page_and_is_refused_without_it()
    {
        var (page, _) = await SignedInAsync("csp-fetch", Roles.ProgrammeOffice);
        await page.GotoAsync("/Lists");
        const string Post = """
            async (withToken) => {
              const token = document.querySelector('meta[name="request-verification-token"]').content;
              const headers = { 'Content-Type': 'application/json' };
              if (withToken) headers['RequestVerificationToken'] = token;
              const r = await fetch('/api/lists/targets', { method: 'POST', headers, body: '{}' });
              return r.status + ' ' + await r.text();
            }
            """;
        var without = await page.EvaluateAsync<string>(Post, false);
        var with = await page.EvaluateAsync<string>(Post, true);
        await page.Context.CloseAsync();
        Assert.StartsWith("400 ", without, StringComparison.Ordinal);
        Assert.Contains("\"RequestVerificationToken\"", without, StringComparison.Ordinal);
        Assert.DoesNotContain("\"RequestVerificationToken\"", with, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_watch_catches_an_inline_script()
    {
        var (page, watch) = await SignedInAsync("csp-proof", Roles.ProgrammeOffice);
        await page.GotoAsync("/");
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.ran = 1'; document.body.append(s); }");
        Assert.Null(await page.EvaluateAsync<int?>("() => window.ran ?? null"));
        await page.Context.CloseAsync();
        Assert.Contains(watch.Seen, v => v.Contains("script-src", StringComparison.Ordinal));
    }

    private static byte[] Sheet()
    {
        using var stream = new MemoryStream();
        var row = new Dictionary<string, object?> { ["项目名称"] = "（策略）检查项目", ["区市"] = "崂山区", ["总投资（亿元）"] = 1 };
        MiniExcel.SaveAs(stream, new[] { row });
        return stream.ToArray();
    }

    private Task<string> KeyProjectAsync() => tour.Browser.App.WithDbAsync(async db =>
        "/Projects/Details/" + await db.KeyProjects.MinAsync(k => k.ProjectId));

    /// <summary>Moves the mouse over each chart so that its tooltip is drawn too.</summary>
    private static async Task HoverChartsAsync(IPage page)
    {
        foreach (var chart in await page.Locator(".chart").AllAsync())
        {
            if (await chart.BoundingBoxAsync() is { } box)
            {
                await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + box.Height / 2);
            }
        }
    }

    private async Task<(IPage Page, CspWatch Watch)> SignedInAsync(string user, string role)
    {
        var password = await tour.Browser.App.CreateUserAsync(user, "dept-drc", role);
        var page = await tour.Browser.NewPageAsync();
        var watch = await CspWatch.OnAsync(page);
        await Journey.SignInAsync(page, user, password);
        return (page, watch);
    }
}
