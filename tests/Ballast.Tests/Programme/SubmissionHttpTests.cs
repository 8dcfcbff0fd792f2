using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;
using static Ballast.Tests.Programme.SubmissionWorld;

namespace Ballast.Tests.Programme;

/// <summary>The reporting cycle through the API and the pages: the same rules, the same scope.
/// Needs <c>SubmissionService</c> registered and <c>MapSubmissionsApi</c> mapped in Program.cs.</summary>
public sealed class SubmissionHttpTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const string Api = "/api/programme/submissions";
    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();

    private async Task<HttpClient> TokenAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private async Task<HttpClient> SignedInAsync(string name, string unit, string role) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string> ErrorAsync(HttpResponseMessage response, string key) =>
        (await JsonAsync(response)).GetProperty("errors").GetProperty(key).EnumerateArray().Single().GetString()!;

    private static MultipartFormDataContent File(string name, string type, byte[] bytes)
    {
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }

    [Fact]
    public async Task The_api_runs_the_cycle_under_the_same_rules_and_scope()
    {
        var office = await TokenAsync("sub-api-office", Drc, Roles.ProgrammeOffice);
        var miit = await TokenAsync("sub-api-miit", Miit, Roles.DepartmentStaff);
        var district = await TokenAsync("sub-api-xihaian", Xihaian, Roles.DistrictStaff);
        var opened = await office.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(2023, 3, new DateOnly(2023, 7, 31)));
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var period = (await JsonAsync(opened)).GetProperty("id").GetInt32();
        var tech = await IndicatorAsync(factory, "tech-renovation");
        var computed = await IndicatorAsync(factory, "parks-listed");

        var mine = (await miit.GetFromJsonAsync<List<UpdateDto>>($"{Api}/periods/{period}/mine"))!;
        Assert.Contains(mine, r => r.IndicatorId == tech && r.IsLead && r.Submission is null);
        Assert.DoesNotContain(mine, r => r.IndicatorId == computed);

        var refused = await miit.PutAsJsonAsync($"{Api}/periods/{period}", new SubmissionsApi.SaveSubmissions([new(tech, 120m, null, null), new(computed, 9m, null, null)], Submit: true));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("该指标由系统根据台账自动计算，无需填报", await ErrorAsync(refused, computed.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(0, await SubmissionCountAsync(factory, period));

        Assert.Equal(HttpStatusCode.NoContent, (await miit.PutAsJsonAsync($"{Api}/periods/{period}", new SubmissionsApi.SaveSubmissions([new(tech, 120m, null, "核对台账")], Submit: true))).StatusCode);
        var id = (await SubmissionAsync(factory, period, tech, Miit))!.Id;
        var noReason = await office.PostAsJsonAsync($"{Api}/{id}/return", new SubmissionsApi.Reason(""));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Equal("退回须填写原因", await ErrorAsync(noReason, "action"));
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsJsonAsync($"{Api}/{id}/return", new SubmissionsApi.Reason("请附台账"))).StatusCode);

        var bad = await miit.PostAsync($"{Api}/periods/{period}/indicators/{tech}/evidence", File("工具.exe", "application/octet-stream", [0x4D, 0x5A]));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("文件「工具.exe」的类型不在允许范围内，只接受：PDF、OFD、Word（.docx）、Excel（.xlsx）、PowerPoint（.pptx）、JPG、PNG",
            await ErrorAsync(bad, "file"));
        var good = await miit.PostAsync($"{Api}/periods/{period}/indicators/{tech}/evidence", File("技改台账.pdf", "application/pdf", Pdf));
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var evidence = (await JsonAsync(good)).GetProperty("id").GetInt32();

        Assert.Equal(HttpStatusCode.NoContent, (await miit.PutAsJsonAsync($"{Api}/periods/{period}", new SubmissionsApi.SaveSubmissions([new(tech, 118m, null, "已附台账")], Submit: true))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await office.PostAsync($"{Api}/{id}/accept", null)).StatusCode);
        var locked = await miit.PutAsJsonAsync($"{Api}/periods/{period}", new SubmissionsApi.SaveSubmissions([new(tech, 130m, null, null)], Submit: false));
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Equal("该指标本期填报已审核通过并锁定，更正须由领导小组办公室重新开启", await ErrorAsync(locked, tech.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(118m, (await SubmissionAsync(factory, period, tech, Miit))!.Value);

        var download = await miit.GetAsync($"{Api}/evidence/{evidence}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"{Api}/evidence/{evidence}")).StatusCode);
        Assert.Empty((await district.GetFromJsonAsync<List<ReviewDto>>($"{Api}/periods/{period}"))!);

        var periods = (await office.GetFromJsonAsync<List<PeriodDto>>($"{Api}/periods?year=2023"))!;
        var row = periods.Single(p => p.Id == period);
        Assert.Equal((1, 1, 0), (row.Reported, row.Accepted, row.Late));
        Assert.Equal(row.Expected - 1, row.NotReported);
        var missing = (await office.GetFromJsonAsync<List<ReviewDto>>($"{Api}/periods/{period}?state=NotReported"))!;
        Assert.Equal(row.NotReported, missing.Count);
        Assert.All(missing, r => Assert.False(r.Reported));
    }

    [Fact]
    public async Task A_department_submits_on_the_page_the_office_returns_it_and_the_reason_shows()
    {
        var office = await SignedInAsync("sub-page-office", Drc, Roles.ProgrammeOffice);
        var miit = await SignedInAsync("sub-page-miit", Miit, Roles.DepartmentStaff);
        var district = await SignedInAsync("sub-page-jimo", Jimo, Roles.DistrictStaff);
        var period = await OpenAsync(factory, 4, new DateOnly(2023, 7, 31));
        var tech = await IndicatorAsync(factory, "tech-renovation");
        var unit = await UnitAsync(factory, Miit);
        string Field(int v) => v.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var updates = $"/Programme/Reporting/Updates?Period={period}";

        var page = await miit.GetStringAsync(updates);
        Assert.Contains("我的填报", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"update-tech-renovation\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"update-parks-listed\"", page, StringComparison.Ordinal);

        var token = await Browser.AntiforgeryTokenAsync(miit, updates);
        var upload = new MultipartFormDataContent
        {
            { new StringContent(Field(tech)), "indicatorId" }, { new StringContent(Field(unit)), "unitId" }, { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        upload.Add(file, "file", "技改台账.pdf");
        Assert.Equal(HttpStatusCode.Redirect, (await miit.PostAsync($"/Programme/Reporting/Updates?handler=Evidence&Period={period}", upload)).StatusCode);

        var submitted = await Forms.PostAsync(miit, updates.Replace("?", "?handler=Submit&", StringComparison.Ordinal),
            ("indicatorId", Field(tech)), ("unitId", Field(unit)), ("value", "150"), ("narrative", "技改项目150个"));
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var s = (await SubmissionAsync(factory, period, tech, Miit))!;
        Assert.Equal((SubmissionState.Submitted, 150m), (s.State, s.Value));

        var review = await office.GetStringAsync($"/Programme/Reporting/Review?Period={period}");
        Assert.Contains($"data-testid=\"row-tech-renovation-{unit}\"", review, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"not-reported\"", review, StringComparison.Ordinal);
        var reviewToken = await Browser.AntiforgeryTokenAsync(office, $"/Programme/Reporting/Review?Period={period}");
        var returned = await office.PostAsync("/Programme/Reporting/Review?handler=Return", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["submissionId"] = Field(s.Id), ["reason"] = "请补充项目清单", ["Period"] = Field(period), ["__RequestVerificationToken"] = reviewToken,
        }));
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        Assert.Equal(SubmissionState.Returned, (await SubmissionAsync(factory, period, tech, Miit))!.State);
        Assert.Contains("请补充项目清单", await miit.GetStringAsync(updates), StringComparison.Ordinal);

        var evidence = await factory.WithDbAsync(db => Task.FromResult(db.Evidence.Single(e => e.SubmissionId == s.Id).Id));
        var download = await office.GetAsync($"/Programme/Reporting/Updates?handler=Evidence&evidenceId={evidence}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/Programme/Reporting/Updates?handler=Evidence&evidenceId={evidence}")).StatusCode);

        var en = await miit.GetAsync("/culture?c=en&returnUrl=/");
        Assert.Equal(HttpStatusCode.Redirect, en.StatusCode);
        Assert.Contains("My updates", await miit.GetStringAsync(updates), StringComparison.Ordinal);
    }
}
