using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>Ballast with the 2023 demo portfolio, for walking every page.</summary>
public sealed class TourFixture : IAsyncLifetime
{
    public BrowserFixture Browser { get; } = new();

    public async Task InitializeAsync()
    {
        await Browser.InitializeAsync();
        await Browser.App.WithDbAsync(db => new DemoPortfolio(db).SeedAsync());
        await Browser.App.WithDbAsync(db => DemoProgramme.SeedAsync(db));
    }

    public Task DisposeAsync() => Browser.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class TourGroup : ICollectionFixture<TourFixture>
{
    public const string Name = "tour";
}

/// <summary>Every main page, opened by the roles that use it, on the demo data: it answers, it is
/// in Chinese with no escaped characters, nothing spills sideways — and a screenshot is kept.</summary>
[Collection(TourGroup.Name)]
public sealed class PageTourTests(TourFixture tour)
{
    public static TheoryData<string, string, string, string> Pages => new()
    {
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Dashboard" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Projects?Year=2023&List=key" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Projects/Dispatch" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Projects/Problems" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Lists" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Lists/Carriers" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Projects/Import" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Projects/Edit" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Reference" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Programme?Year=2023" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Programme/Bulletin?Year=2023&Month=9" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Programme/Assessment" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Programme/Supervision" },
        { "tour-office", "dept-drc", Roles.ProgrammeOffice, "/Programme/Reporting/Review" },
        { "tour-department", "dept-miit", Roles.DepartmentStaff, "/Programme/Reporting/Updates" },
        { "tour-district", "370211", Roles.DistrictStaff, "/Projects" },
        { "tour-district", "370211", Roles.DistrictStaff, "/Dashboard" },
        { "tour-security", "dept-drc", Roles.SecurityAdmin, "/Organisation/Users" },
        { "tour-auditor", "dept-drc", Roles.Auditor, "/Audit" },
    };

    private static readonly Dictionary<string, string> Passwords = [];
    private static readonly SemaphoreSlim Gate = new(1, 1);

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Page_opens_in_Chinese_and_fits(string user, string unit, string role, string path)
    {
        var page = await SignedInAsync(user, unit, role);
        var response = await page.GotoAsync(path);
        Assert.Equal(200, response!.Status);
        var html = await page.ContentAsync();
        Assert.DoesNotContain("&#x", html, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-CN\"", html, StringComparison.Ordinal);
        var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{path} spills {overflow}px sideways");
        var name = "tour-" + role.ToLowerInvariant() + path.Replace('/', '-').Replace('?', '-').Replace('&', '-').Replace('=', '_');
        await BrowserFixture.ShotAsync(page, name);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_dashboard_in_English_has_no_Chinese_left_in_its_labels()
    {
        var page = await SignedInAsync("tour-office", "dept-drc", Roles.ProgrammeOffice);
        await page.GotoAsync("/culture?c=en&returnUrl=/Dashboard");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dispatch dashboard" })).ToBeVisibleAsync();
        var labels = await page.Locator(".stat-label, th, .card-header, .nav-tabs button").AllInnerTextsAsync();
        var chinese = labels.Where(l => l.Any(c => c is >= '\u4e00' and <= '\u9fff')).ToList();
        Assert.True(chinese.Count == 0, "untranslated: " + string.Join(" | ", chinese));
        await BrowserFixture.ShotAsync(page, "tour-dashboard-en");
        await page.Context.CloseAsync();
    }

    private async Task<IPage> SignedInAsync(string user, string unit, string role)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Passwords.TryGetValue(user, out var password))
            {
                password = await tour.Browser.App.CreateUserAsync(user, unit, role);
                Passwords[user] = password;
            }
            var page = await tour.Browser.NewPageAsync();
            // The administrators give their authenticator code after the password.
            await Journey.SignInAsync(page, user, password, tour.Browser.App);
            return page;
        }
        finally
        {
            Gate.Release();
        }
    }
}
