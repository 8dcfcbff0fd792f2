using Ballast.Tests.Infrastructure;
using Ballast.Tests.Programme;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.Playwright;

namespace Ballast.BrowserTests;

/// <summary>Ballast with only the seeded 2023 plan, on its own port and browser, the clock on
/// 2023-10-08 in the city: the journey opens September itself (due 2023-10-10), so nothing else
/// reports into it and its bulletin holds only what the journey put there.</summary>
public sealed class IndicatorBrowserFixture : IAsyncLifetime
{
    private readonly BrowserFixture _browser = new();

    public BallastFactory App => _browser.App;

    public async Task InitializeAsync()
    {
        await _browser.InitializeAsync();
        App.Clock.Set(SubmissionWorld.City(10, 8));
    }

    /// <summary>A fresh browser context signed in as a new user of the unit with the role.</summary>
    public async Task<IPage> SignedInAsync(string user, string unitCode, string role)
    {
        var password = await App.CreateUserAsync(user, unitCode, role);
        var page = await _browser.NewPageAsync();
        await Journey.SignInAsync(page, user, password);
        return page;
    }

    public Task DisposeAsync() => _browser.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class IndicatorBrowserGroup : ICollectionFixture<IndicatorBrowserFixture>
{
    public const string Name = "browser-indicators";
}

/// <summary>市工业和信息化局 reports 滚动推进重点技改项目 for September, the office returns it with a
/// reason, the bureau corrects and resubmits, the office accepts: the value locks, the plan page and
/// the month's bulletin (on screen and in Word) show the accepted figure.</summary>
[Collection(IndicatorBrowserGroup.Name)]
public sealed class IndicatorJourneyTests(IndicatorBrowserFixture fx)
{
    private const string Code = "tech-renovation";
    private const string Name = "滚动推进重点技改项目";

    private static ILocator Menu(IPage page, string item) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "主菜单" }).GetByRole(AriaRole.Link, new() { Name = item, Exact = true });

    /// <summary>Whether the element is the topmost thing at its centre: after saving, the page comes
    /// back at the card (#i-…), whose header must not sit under the sticky top bar.</summary>
    private static Task<bool> UncoveredAsync(ILocator element) =>
        element.EvaluateAsync<bool>("e => { const r = e.getBoundingClientRect(); const at = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2); return at !== null && e.contains(at); }");

    [Fact]
    public async Task A_department_reports_the_office_returns_then_accepts_and_the_plan_and_bulletin_show_the_value()
    {
        var period = await SubmissionWorld.OpenAsync(fx.App, 9, new DateOnly(2023, 10, 10));
        var indicator = await SubmissionWorld.IndicatorAsync(fx.App, Code);
        var miit = await SubmissionWorld.UnitAsync(fx.App, SubmissionWorld.Miit);
        Assert.Null(await SubmissionWorld.SubmissionAsync(fx.App, period, indicator, SubmissionWorld.Miit));

        // The bureau opens its updates for September and reports 320 with a narrative.
        var department = await fx.SignedInAsync("journey-miit", SubmissionWorld.Miit, Roles.DepartmentStaff);
        await Menu(department, "我的填报").ClickAsync();
        await Assertions.Expect(department.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("我的填报");
        await Assertions.Expect(department.GetByLabel("填报期")).ToHaveValueAsync(period.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var card = department.GetByTestId($"update-{Code}");
        await Assertions.Expect(card).ToContainTextAsync(Name);
        await Assertions.Expect(card).ToContainTextAsync("牵头 · 市工业和信息化局");
        await Assertions.Expect(card.GetByTestId("state")).ToContainTextAsync("未报");
        await card.GetByLabel("本年累计值").FillAsync("320");
        await card.GetByLabel("情况说明").FillAsync("1-9月滚动推进重点技改项目320个，其中新开工186个。");
        await BrowserFixture.ShotAsync(department, "indicator-01-department-filled");
        await card.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(department.GetByTestId("message")).ToHaveTextAsync("已报送");
        await Assertions.Expect(card.GetByTestId("state")).ToHaveTextAsync("已报送");
        await Assertions.Expect(card.GetByLabel("本年累计值")).ToHaveCountAsync(0);
        await Assertions.Expect(card).ToContainTextAsync("320 个");
        Assert.True(await UncoveredAsync(card.GetByTestId("state")));
        await BrowserFixture.ShotAsync(department, "indicator-02-department-submitted");
        var submitted = (await SubmissionWorld.SubmissionAsync(fx.App, period, indicator, SubmissionWorld.Miit))!;
        Assert.Equal((SubmissionState.Submitted, 320m, "journey-miit", false), (submitted.State, submitted.Value, submitted.SubmittedBy, submitted.SubmittedLate));

        // The office reviews September and returns it with a reason.
        var office = await fx.SignedInAsync("journey-office", SubmissionWorld.Drc, Roles.ProgrammeOffice);
        await Menu(office, "指标审核").ClickAsync();
        await Assertions.Expect(office.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("指标填报审核");
        await Assertions.Expect(office.GetByTestId("period-9")).ToHaveClassAsync("table-active");
        var row = office.GetByTestId($"row-{Code}-{miit}");
        await Assertions.Expect(row).ToContainTextAsync("320 个");
        await Assertions.Expect(row).ToContainTextAsync("已报送");
        await Assertions.Expect(row).ToContainTextAsync("新开工186个");
        await BrowserFixture.ShotAsync(office, "indicator-03-office-review");
        const string reason = "请附重点技改项目清单，并核实新开工项目数";
        await row.GetByLabel("退回原因").FillAsync(reason);
        await row.GetByTestId("return").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("已退回");
        await Assertions.Expect(row).ToContainTextAsync(reason);
        await Assertions.Expect(row.GetByTestId("accept")).ToHaveCountAsync(0);
        await BrowserFixture.ShotAsync(office, "indicator-04-office-returned");
        var returned = (await SubmissionWorld.SubmissionAsync(fx.App, period, indicator, SubmissionWorld.Miit))!;
        Assert.Equal((SubmissionState.Returned, reason), (returned.State, returned.ReturnReason));

        // The bureau sees why, corrects the value to 350 and resubmits.
        await department.ReloadAsync();
        await Assertions.Expect(card.GetByTestId("return-reason")).ToHaveTextAsync($"退回原因：{reason}");
        await Assertions.Expect(card.GetByTestId("state")).ToContainTextAsync("已退回");
        await Assertions.Expect(card.GetByLabel("本年累计值")).ToHaveValueAsync("320");
        await BrowserFixture.ShotAsync(department, "indicator-05-department-sees-return");
        await card.GetByLabel("本年累计值").FillAsync("350");
        await card.GetByLabel("情况说明").FillAsync("1-9月滚动推进重点技改项目350个（已核实，含新开工198个），清单已报市工业和信息化局技改处。");
        await card.GetByTestId("submit").ClickAsync();
        await Assertions.Expect(department.GetByTestId("message")).ToHaveTextAsync("已报送");
        await Assertions.Expect(card.GetByTestId("state")).ToHaveTextAsync("已报送");
        await Assertions.Expect(card.GetByTestId("return-reason")).ToHaveCountAsync(0);
        await BrowserFixture.ShotAsync(department, "indicator-06-department-resubmitted");
        var resubmitted = (await SubmissionWorld.SubmissionAsync(fx.App, period, indicator, SubmissionWorld.Miit))!;
        Assert.Equal((SubmissionState.Submitted, 350m), (resubmitted.State, resubmitted.Value));
        Assert.Null(resubmitted.ReturnReason);

        // The office accepts the correction.
        await office.ReloadAsync();
        await Assertions.Expect(row).ToContainTextAsync("350 个");
        await Assertions.Expect(row).ToContainTextAsync("已报送");
        await row.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(row).ToContainTextAsync("已通过（锁定）");
        await Assertions.Expect(row.GetByTestId("return")).ToHaveCountAsync(0);
        await BrowserFixture.ShotAsync(office, "indicator-07-office-accepted");
        Assert.Equal(SubmissionState.Accepted, (await SubmissionWorld.SubmissionAsync(fx.App, period, indicator, SubmissionWorld.Miit))!.State);

        // The bureau's form for it is locked.
        await department.ReloadAsync();
        await Assertions.Expect(card.GetByTestId("state")).ToHaveTextAsync("已通过（锁定）");
        await Assertions.Expect(card.Locator("input, textarea, select, button")).ToHaveCountAsync(0);
        await Assertions.Expect(card).ToContainTextAsync("350 个");
        await Assertions.Expect(card).ToContainTextAsync("该指标本期填报已审核通过并锁定");
        await BrowserFixture.ShotAsync(department, "indicator-08-department-locked");

        // The plan shows 350 against 500 at September's time progress (75%): 70%, 5 points behind — 滞后.
        await Menu(department, "年度计划").ClickAsync();
        await Assertions.Expect(department.GetByLabel("调度期")).ToHaveValueAsync("9");
        var planRow = department.GetByTestId($"indicator-{Code}");
        await Assertions.Expect(planRow.GetByTestId($"value-{Code}")).ToHaveTextAsync("350 个");
        await Assertions.Expect(planRow).ToContainTextAsync("70.00%");
        await Assertions.Expect(planRow).ToContainTextAsync("-5.00");
        await Assertions.Expect(planRow.Locator(".status")).ToHaveTextAsync("滞后");
        await planRow.ScrollIntoViewIfNeededAsync();
        await BrowserFixture.ShotAsync(department, "indicator-09-plan");

        // September's bulletin carries it in its battle (once: 滞后 is not among the 严重滞后 items),
        // and the Word document downloads with the same row.
        var response = await office.GotoAsync("/Programme/Bulletin?Year=2023&Month=9");
        Assert.Equal(200, response!.Status);
        await Assertions.Expect(office.GetByTestId("bulletin-title")).ToContainTextAsync("2023年9月");
        var bulletinRow = office.GetByTestId("bulletin").GetByTestId($"indicator-{Code}");
        await Assertions.Expect(bulletinRow).ToHaveCountAsync(1);
        await Assertions.Expect(bulletinRow.GetByTestId($"value-{Code}")).ToHaveTextAsync("350 个");
        await Assertions.Expect(bulletinRow).ToContainTextAsync("70.00%");
        await Assertions.Expect(bulletinRow.Locator(".status")).ToHaveTextAsync("滞后");
        await BrowserFixture.ShotAsync(office, "indicator-10-bulletin");

        var download = await office.RunAndWaitForDownloadAsync(() => office.GetByTestId("download-docx").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using var doc = WordprocessingDocument.Open(await download.PathAsync(), false);
        var cells = doc.MainDocumentPart!.Document!.Body!.Descendants<TableRow>()
            .Select(r => r.Elements<TableCell>().Select(c => c.InnerText).ToList())
            .Single(r => r.Count > 0 && r[0] == Name);
        Assert.Contains("350 个", cells);
        Assert.Contains("70.00%", cells);
    }
}
