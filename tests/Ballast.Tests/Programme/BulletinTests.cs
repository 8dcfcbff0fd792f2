using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using Ballast.Web.Common.Tracking;

namespace Ballast.Tests.Programme;

/// <summary>The demo portfolio in early October 2023, with one lagging indicator reported by its
/// lead department and two supervision items (one overdue, one closed).</summary>
public sealed class BulletinFactory : BallastFactory, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        Clock.Set(new DateTimeOffset(2023, 10, 12, 1, 0, 0, TimeSpan.Zero));
        await WithDbAsync(db => new DemoPortfolio(db).SeedAsync());
        await WithDbAsync(async db =>
        {
            var miit = await db.Units.SingleAsync(u => u.Code == "dept-miit");
            var drc = await db.Units.SingleAsync(u => u.Code == "dept-drc");
            var plan = await db.Plans.Include(p => p.Battles).ThenInclude(b => b.Indicators).SingleAsync(p => p.Year == 2023);
            var tech = plan.Battles.SelectMany(b => b.Indicators).Single(i => i.Code == "tech-renovation");
            var september = await db.ReportingPeriods.SingleAsync(p => p.Year == 2023 && p.Month == 9);
            db.IndicatorSubmissions.Add(new IndicatorSubmission
            {
                IndicatorId = tech.Id, PeriodId = september.Id, OwnerUnitId = miit.Id, AssignedUnitId = miit.Id, Value = 100m,
                State = SubmissionState.Accepted, SubmittedAt = Clock.GetUtcNow(), SubmittedBy = "bulletin-test",
            });
            db.SupervisionItems.AddRange(
                new SupervisionItem { Year = 2023, Title = "通报测试 逾期督办", Source = "会议", OwnerUnitId = miit.Id, IssuedBy = "bulletin-test", IssuedOn = new(2023, 9, 1), DueOn = new(2023, 9, 30) },
                new SupervisionItem { Year = 2023, Title = "通报测试 已办结督办", Source = "会议", OwnerUnitId = drc.Id, IssuedBy = "bulletin-test", IssuedOn = new(2023, 9, 1), DueOn = new(2023, 9, 20), State = SupervisionState.Closed, ClosedOn = new(2023, 9, 18) });
            await db.SaveChangesAsync();
        });
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>The monthly bulletin of September 2023: the period's figures on the page, in the API,
/// in Word and in Excel; districts and departments ranked with the not-reported last, never as zero.</summary>
public sealed class BulletinTests(BulletinFactory factory) : IClassFixture<BulletinFactory>
{
    private const string Query = "Year=2023&Month=9";

    private async Task<HttpClient> PageUserAsync(string name) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice));

    private async Task<BulletinData> ApiAsync(string name)
    {
        var client = await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice));
        return (await client.GetFromJsonAsync<BulletinData>("/api/programme/bulletin?year=2023&month=9"))!;
    }

    private Task<GroupFigure> CityAsync() => factory.WithDbAsync(db => new KeyProjectFigures(db).CityAsync(2023, 9));

    private static string Yi(decimal wan) => (wan / 10_000m).ToString("#,##0.00", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_September_bulletin_holds_the_periods_figures()
    {
        var d = await ApiAsync("bul-api");
        var city = await CityAsync();

        Assert.Equal((9, 8), (d.Month, d.Issue));
        Assert.Equal("青岛市实体经济振兴发展工作情况通报（2023年第8期 / 2023年9月）", d.Title);
        Assert.Equal("市实体经济振兴发展领导小组办公室", d.IssuedBy);
        Assert.Equal(new DateOnly(2023, 10, 12), d.Date);
        Assert.Equal(75.00m, d.TimeProgress);
        var headline = d.Headlines.ToDictionary(h => h.Code);
        Assert.Equal(["key-projects", "key-projects-total", "key-investment", "big-projects", "chain-signed"], d.Headlines.Select(h => h.Code));
        Assert.Equal(363m, headline["key-projects"].Value);
        Assert.Equal(9_300.00m, headline["key-projects-total"].Value);
        Assert.Equal(Math.Round(city.YtdWan / 10_000m, 2), headline["key-investment"].Value);
        Assert.Contains("1,700", headline["key-investment"].Target, StringComparison.Ordinal);
        Assert.Equal(75.00m, headline["key-investment"].Progress.TimeProgressPercent);
        Assert.Equal(city, d.City);
        Assert.Equal(363, d.City.Projects);
        Assert.Equal(5, d.Battles.Count);
        Assert.All(d.Battles, b => Assert.NotEmpty(b.Rollup.Formula));

        // The lagging items: the red indicator, the ten worst key projects, the overdue lists.
        Assert.Contains(d.Lagging.RedIndicators, x => x.Code == "tech-renovation");
        Assert.Equal(10, d.Lagging.Projects.Count);
        var overdueProblems = await factory.WithDbAsync(db => db.Problems.CountAsync(p => p.State != ProblemState.Resolved && p.DueOn < new DateOnly(2023, 10, 12)));
        Assert.Equal(overdueProblems, d.Lagging.OverdueProblemCount);
        Assert.True(overdueProblems > 0, "the demo has overdue problems, so the comparison is not vacuous");
        Assert.Equal(1, d.Lagging.OverdueSupervisionCount);
        Assert.Equal("通报测试 逾期督办", Assert.Single(d.Lagging.OverdueSupervision).Title);

        // The parks' indicator is counted from the parks, as the plan counts it.
        var parks = d.Indicators.Single(x => x.Code == "parks-listed");
        Assert.NotNull(parks.Value);
        Assert.Null(parks.Unavailable);
    }

    [Fact]
    public async Task Districts_rank_by_completion_and_Pingdu_without_September_reports_comes_last_as_not_reported()
    {
        var d = await ApiAsync("bul-rank");
        var pingdu = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == DemoPortfolio.LateDistrict).Select(u => u.Id).SingleAsync());

        var last = d.Districts[^1];
        Assert.Equal(pingdu, last.Figure.Key);
        Assert.Equal("平度市", last.Figure.Name);
        Assert.Null(last.Rank);
        Assert.Equal(Status.NotReported, last.Figure.Progress.Status);
        var ranked = d.Districts.Where(r => r.Rank is not null).ToList();
        Assert.Equal(d.Districts.Count - d.Districts.Count(r => r.Figure.Progress.Status == Status.NotReported), ranked.Count);
        Assert.Equal(1, ranked[0].Rank);
        Assert.Equal(ranked.Select(r => r.Figure.Progress.CompletionPercent).OrderDescending(), ranked.Select(r => r.Figure.Progress.CompletionPercent));

        // Departments by the average score of the indicators they lead: 工信局 reported one red indicator, and the
        // computed 新增服务型制造示范 and the four park indicators count none in this test (no parks): red as well.
        var miit = d.Departments.Single(r => r.Name == "市工业和信息化局");
        Assert.Equal((0.0m, Status.Red, 6), (miit.Rollup.Score, miit.Rollup.Status, miit.Rollup.Reported));
        Assert.All(d.Departments.SkipWhile(r => r.Rank is not null), r => Assert.Null(r.Rank));
        Assert.Equal(d.Departments.Where(r => r.Rank is not null).Select(r => r.Rollup.Score).OrderDescending(),
            d.Departments.Where(r => r.Rank is not null).Select(r => r.Rollup.Score));

        // The page lists Pingdu last, with the word rather than a place.
        var html = await (await PageUserAsync("bul-rank-page")).GetStringAsync($"/Programme/Bulletin?{Query}");
        var table = html[html.IndexOf("data-testid=\"district-ranking\"", StringComparison.Ordinal)..];
        table = table[..table.IndexOf("</table>", StringComparison.Ordinal)];
        var lastRow = table[table.LastIndexOf("<tr>", StringComparison.Ordinal)..];
        Assert.Contains("平度市", lastRow, StringComparison.Ordinal);
        Assert.Matches("<td class=\"text-end\">未报</td>", lastRow);
    }

    [Fact]
    public async Task The_page_shows_the_figures_and_prints_with_the_unit_period_and_date()
    {
        var city = await CityAsync();
        var html = await (await PageUserAsync("bul-page")).GetStringAsync($"/Programme/Bulletin?{Query}");

        Assert.Contains("青岛市实体经济振兴发展工作情况通报（2023年第8期 / 2023年9月）", html, StringComparison.Ordinal);
        Assert.Matches("data-testid=\"time-progress\">75.00%<", html);
        Assert.Matches("data-testid=\"headline-key-projects-total\"[\\s\\S]*?9,300.00 亿元", html);
        Assert.Matches("data-testid=\"headline-key-investment\"[\\s\\S]*?" + Yi(city.YtdWan).Replace(".", "\\.", StringComparison.Ordinal), html);
        Assert.Matches("data-testid=\"print-header\"[\\s\\S]*?市实体经济振兴发展领导小组办公室[\\s\\S]*?2023年9月[\\s\\S]*?2023-10-12", html);
        Assert.Contains("id=\"bulletin-data\" type=\"application/json\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick=", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_English_page_has_English_headings()
    {
        var client = await PageUserAsync("bul-en");
        var html = await client.GetStringAsync($"/Programme/Bulletin?{Query}&culture=en&ui-culture=en");

        Assert.Contains("Work Bulletin (2023 No. 8 / September 2023)", html, StringComparison.Ordinal);
        foreach (var heading in new[] { "1. Overview", "2. Indicators of each battle", "3. Rankings of districts and departments", "4. Lagging items", "Download Word" })
        {
            Assert.Contains(heading, html, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("一、总体情况", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_docx_opens_validates_and_holds_the_periods_figures()
    {
        var city = await CityAsync();
        var response = await (await PageUserAsync("bul-docx")).GetAsync($"/Programme/Bulletin?handler=Docx&{Query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BulletinDocx.ContentType, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();

        using (var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var errors = new OpenXmlValidator().Validate(doc).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
            Assert.True(errors.Count == 0, string.Join("\n", errors));
            var body = doc.MainDocumentPart!.Document!.Body!;
            var text = string.Join("\n", body.Descendants<Paragraph>().Select(p => p.InnerText));
            Assert.Contains("青岛市实体经济振兴发展工作情况通报（2023年第8期 / 2023年9月）", text, StringComparison.Ordinal);
            Assert.Contains("市实体经济振兴发展领导小组办公室", text, StringComparison.Ordinal);
            foreach (var figure in new[] { "363", "9,300.00 亿元", Yi(city.YtdWan), "75.00%", "平度市", "未报" })
            {
                Assert.Contains(figure, text, StringComparison.Ordinal);
            }
            // A4, Chinese fonts, header rows that repeat on each page.
            var size = body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
            Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
            var fonts = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single();
            Assert.Equal("SimSun", fonts.EastAsia?.Value);
            Assert.True(body.Descendants<TableHeader>().Count() >= 8);
        }
        ConvertWithLibreOfficeIfPresent(bytes);
    }

    [Fact]
    public async Task The_xlsx_reads_back_with_a_sheet_per_section_and_the_indicator_rows()
    {
        var d = await ApiAsync("bul-xlsx-api");
        var response = await (await PageUserAsync("bul-xlsx")).GetAsync($"/Programme/Bulletin?handler=Xlsx&{Query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        Assert.Equal(["指标", "区市排名", "部门排名", "滞后事项"], MiniExcel.GetSheetNames(stream));
        var rows = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "指标").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(d.Indicators.Count(), rows.Count);
        var key = rows.Single(r => (string?)r["指标"] == d.Headlines[0].Name);
        Assert.Equal(363m, Convert.ToDecimal(key["完成值"], CultureInfo.InvariantCulture));
        Assert.Equal("正常", key["状态"]);
        var districts = MiniExcel.Query(stream, useHeaderRow: true, sheetName: "区市排名").Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(("平度市", "未报"), ((string?)districts[^1]["区市"], (string?)districts[^1]["排名"]));
    }

    [Fact]
    public void Ranking_shares_places_on_equal_scores_and_puts_the_unscored_last()
    {
        var ranked = BulletinRanking.Rank(new (string Name, decimal? Score)[] { ("a", 50m), ("b", null), ("c", 80m), ("d", 50m), ("e", 0m) }, x => x.Score);

        Assert.Equal(["c", "a", "d", "e", "b"], ranked.Select(r => r.Item.Name));
        Assert.Equal([1, 2, 2, 4, null], ranked.Select(r => r.Rank));
    }

    /// <summary>When LibreOffice is installed, the .docx must also convert to PDF (and to an image
    /// for people to look at); the suite does not depend on it.</summary>
    private static void ConvertWithLibreOfficeIfPresent(byte[] docx)
    {
        if (Executable("soffice") is not { } soffice)
        {
            return;
        }
        var folder = Directory.CreateTempSubdirectory("ballast-bulletin-").FullName;
        var file = Path.Combine(folder, "bulletin.docx");
        File.WriteAllBytes(file, docx);
        Run(soffice, $"--headless --convert-to pdf --outdir \"{folder}\" \"{file}\"");
        var pdf = Path.Combine(folder, "bulletin.pdf");
        Assert.True(File.Exists(pdf) && new FileInfo(pdf).Length > 1000, "LibreOffice converts the bulletin to PDF");
        if (Executable("pdftoppm") is { } pdftoppm)
        {
            Run(pdftoppm, $"-png -r 60 -f 1 -l 1 \"{pdf}\" \"{Path.Combine(folder, "bulletin")}\"");
            Assert.NotEmpty(Directory.GetFiles(folder, "bulletin*.png"));
        }
    }

    private static string? Executable(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Select(dir => Path.Combine(dir, name)).FirstOrDefault(File.Exists);

    private static void Run(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(2)), $"{file} finished");
    }
}
