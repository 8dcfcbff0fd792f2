using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Web;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Hosting;

namespace Ballast.Tests.Security;

/// <summary>Ballast with a 1 MB body limit, so that "too large" is cheap to send.</summary>
public sealed class SmallBodyFactory : BallastFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Limits:MaxRequestBodyMegabytes", "1");
    }
}

/// <summary>A body over the limit and a body of a type the endpoint does not take are refused with a
/// reason in the user's language — the limit named, the accepted type named — never an empty body.</summary>
public sealed class BodyLimitTests(SmallBodyFactory factory) : IClassFixture<SmallBodyFactory>
{
    // Past what a request may carry (the file limit plus room for the form); a file just over the
    // limit itself passes this and is refused by name by the upload inspector (UploadMessageTests).
    private static readonly byte[] TooLarge = new byte[BodyLimit.FromMegabytes(1).RequestBytes + 1];

    public static TheoryData<string, string> Uploads => new()
    {
        { "/api/projects/import?dryRun=true", "" }, { "/api/projects/import?dryRun=true", "?culture=en" }, { "/api/lists/targets", "" },
    };

    [Theory]
    [MemberData(nameof(Uploads))]
    public async Task An_API_body_over_the_limit_is_413_problem_json_naming_the_limit(string url, string culture)
    {
        var api = await ApiAsync();
        var response = await api.PostAsync(url + (culture.Length > 0 ? "&" + culture[1..] : ""), Multipart());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var title = body.GetProperty("title").GetString()!;
        Assert.Contains("1 MB", title, StringComparison.Ordinal);
        Assert.Contains(culture.Length > 0 ? "limit" : "上限", title, StringComparison.Ordinal);
        Assert.Equal(1024 * 1024, body.GetProperty("limitBytes").GetInt64());
    }

    [Fact]
    public async Task A_page_upload_over_the_limit_is_a_page_that_names_the_limit_and_links_back()
    {
        var page = await Browser.SignedInAsync(factory, "limit-page", await OfficeAsync("limit-page"));
        var request = new HttpRequestMessage(HttpMethod.Post, "/Projects/Import?handler=Preview") { Content = Multipart() };
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        request.Headers.Referrer = new Uri("http://localhost/Projects/Import");
        var response = await page.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("超过 1 MB 的上限", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Projects/Import\"", html, StringComparison.Ordinal);
        Assert.Empty(Protections.Missing(response));
    }

    [Fact]
    public async Task A_chunked_upload_over_the_limit_with_no_declared_length_is_refused_with_the_limit_too()
    {
        var api = await ApiAsync();
        var content = Multipart();
        content.Headers.ContentLength = null;
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/projects/import?dryRun=true") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        var response = await api.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(body.Contains("1 MB", StringComparison.Ordinal), body);
    }

    [Theory]
    [InlineData("text/plain", "", "只接受 application/json")]
    [InlineData("application/x-www-form-urlencoded", "", "只接受 application/json")]
    [InlineData("application/xml", "?culture=en", "only application/json")]
    public async Task A_JSON_endpoint_sent_another_type_is_415_naming_the_type_it_takes(string? type, string culture, string expected)
    {
        var api = await ApiAsync();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("name=x"));
        content.Headers.ContentType = type is null ? null : new MediaTypeHeaderValue(type);
        var response = await api.PostAsync("/api/lists/targets" + culture, content);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains(expected, body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotEqual("Unsupported Media Type", body.GetProperty("title").GetString());
    }

    [Fact]
    public async Task An_upload_endpoint_sent_JSON_names_multipart_as_the_type_it_takes()
    {
        var api = await ApiAsync();
        var response = await api.PostAsync("/api/projects/import", new StringContent("{}", Encoding.UTF8, "application/json"));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnsupportedMediaType, $"{(int)response.StatusCode}: {body}");
        Assert.True(body.Contains("multipart/form-data", StringComparison.Ordinal), body);
    }

    [Theory]
    [InlineData("/api/no-such-thing", HttpStatusCode.NotFound, "未找到")]
    [InlineData("/api/no-such-thing?culture=en", HttpStatusCode.NotFound, "not found")]
    public async Task Status_answers_without_a_body_of_their_own_get_one_in_the_users_language(string url, HttpStatusCode status, string expected)
    {
        var api = await ApiAsync();
        var response = await api.GetAsync(url);
        Assert.Equal(status, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var plain = new HttpRequestMessage(HttpMethod.Get, url);
        plain.Headers.Accept.ParseAdd("text/plain");
        var text = await api.SendAsync(plain);
        Assert.Contains(expected, await text.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private Task<string> OfficeAsync(string name) => factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice);

    private async Task<HttpClient> ApiAsync()
    {
        var name = "limit-" + Guid.NewGuid().ToString("N")[..8];
        return await Browser.WithTokenAsync(factory, name, await OfficeAsync(name));
    }

    private static MultipartFormDataContent Multipart() => new() { { new ByteArrayContent(TooLarge), "file", "大表.xlsx" } };
}
