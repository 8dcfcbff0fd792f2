using System.Net;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Security;

/// <summary>The API's description and reference list every endpoint and field: only a signed-in user
/// reads them. Someone not signed in gets 401 problem+json for the document and the sign-in page for
/// the reference; a cookie or a bearer token opens both.</summary>
public sealed class ApiDescriptionAccessTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Theory]
    [InlineData("/openapi/v1.json")]
    [InlineData("/openapi/v1.json?culture=en")]
    [InlineData("/openapi/V1.JSON")]
    [InlineData("/openapi/v2.json")]
    public async Task The_document_refuses_someone_not_signed_in_with_401_and_a_reason(string url)
    {
        var response = await Browser.NewClient(factory).GetAsync(url);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var title = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();
        Assert.Contains(url.Contains("culture=en", StringComparison.Ordinal) ? "sign in" : "登录", title, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("/api/projects", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/docs")]
    [InlineData("/api/docs/")]
    [InlineData("/api/docs/v1")]
    [InlineData("/api/docs/scalar.js")]
    public async Task The_reference_sends_someone_not_signed_in_to_the_sign_in_page(string url)
    {
        var response = await Browser.NewClient(factory).GetAsync(url);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Auth/Login?ReturnUrl=", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cookie_or_a_bearer_token_opens_both()
    {
        var password = await factory.CreateUserAsync("docs-reader", "370211", Roles.DistrictStaff);
        var cookie = await Browser.SignedInAsync(factory, "docs-reader", password);
        foreach (var client in new[] { cookie, await Browser.WithTokenAsync(factory, "docs-reader", password) })
        {
            var document = await client.GetAsync("/openapi/v1.json");
            Assert.Equal(HttpStatusCode.OK, document.StatusCode);
            Assert.Contains("/api/projects", await document.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/docs/")).StatusCode);
        }
    }
}
