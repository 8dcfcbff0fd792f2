using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;
using Ballast.Tests.Rules;
using Ballast.Web.Features.Lists;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Security;

/// <summary>Every write the OpenAPI document describes, sent with the sign-in cookie alone (as a
/// forged cross-site request would be), is refused with the reason; the same write with the page's
/// token, or with a bearer token, passes the check. Sign-in for a token needs no cookie and no token.</summary>
public sealed partial class ApiAntiforgeryTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const string Header = Browser.ApiTokenHeader;
    private static readonly string[] Writes = ["post", "put", "patch", "delete"];

    [Fact]
    public async Task Every_cookie_write_without_the_token_is_refused_and_with_it_or_a_bearer_token_is_not()
    {
        var password = await factory.CreateUserAsync("csrf-office", "dept-drc", Roles.ProgrammeOffice);
        var bearer = await Browser.WithTokenAsync(factory, "csrf-office", password);
        var document = JsonDocument.Parse(await bearer.GetStringAsync("/openapi/v1.json")).RootElement;
        var probe = new OpenApiProbe(document);
        // Signing out ends the session: last.
        var operations = (from path in document.GetProperty("paths").EnumerateObject()
                          from op in path.Value.EnumerateObject()
                          where Writes.Contains(op.Name)
                          orderby path.Name.EndsWith("/logout", StringComparison.Ordinal)
                          select (Method: op.Name, Path: path.Name, Op: op.Value)).ToList();
        Assert.True(operations.Count >= 30, $"only {operations.Count} writes in the document");

        var cookie = await Browser.SignedInAsync(factory, "csrf-office", password);
        var withToken = await Browser.SignedInForApiAsync(factory, "csrf-office", password);
        var failures = new List<string>();
        foreach (var (method, path, op) in operations)
        {
            var anonymous = path == "/api/auth/token";
            var refused = await RefusalAsync(await cookie.SendAsync(Request(method, path, op, probe)));
            if (anonymous ? refused is not null : refused is null)
            {
                failures.Add($"{method.ToUpperInvariant()} {path} cookie only: {(anonymous ? "refused" : "not refused")}");
            }
            foreach (var (label, client) in new[] { ("cookie + token", withToken), ("bearer", bearer) })
            {
                if (await RefusalAsync(await client.SendAsync(Request(method, path, op, probe))) is { } reason)
                {
                    failures.Add($"{method.ToUpperInvariant()} {path} {label}: refused ({reason})");
                }
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task A_write_with_the_page_token_is_saved_and_the_refusal_names_the_header_in_the_users_language()
    {
        var password = await factory.CreateUserAsync("csrf-writer", "dept-drc", Roles.ProgrammeOffice);
        var unit = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == "370211").Select(u => u.Id).SingleAsync());
        var target = new TargetInput { Year = 2023, Name = "防伪校验 目标", OwnerUnitId = unit };
        var cookie = await Browser.SignedInAsync(factory, "csrf-writer", password);

        var refused = await cookie.PostAsJsonAsync("/api/lists/targets", target);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("请求未通过防伪校验", body.GetProperty("title").GetString());
        Assert.Contains(Header, body.GetProperty("errors").GetProperty(Header)[0].GetString(), StringComparison.Ordinal);
        var english = await cookie.PostAsJsonAsync("/api/lists/targets?culture=en", target);
        Assert.Matches("^[ -~]+$", JsonDocument.Parse(await english.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString());
        Assert.Equal(0, await factory.WithDbAsync(db => db.AttractionTargets.CountAsync(t => t.Name == target.Name)));

        await Browser.WithApiTokenAsync(cookie);
        Assert.Equal(HttpStatusCode.Created, (await cookie.PostAsJsonAsync("/api/lists/targets", target)).StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.AttractionTargets.CountAsync(t => t.Name == target.Name)));
    }

    [Fact]
    public async Task A_token_from_another_users_page_or_a_made_up_one_is_refused_as_invalid()
    {
        var mine = await factory.CreateUserAsync("csrf-mine", "dept-drc", Roles.ProgrammeOffice);
        var theirs = await factory.CreateUserAsync("csrf-theirs", "dept-drc", Roles.ProgrammeOffice);
        var other = await Browser.SignedInAsync(factory, "csrf-theirs", theirs);
        var stolen = await Browser.AntiforgeryTokenAsync(other, "/");
        foreach (var token in new[] { stolen, "made-up", stolen[..^4] + "AAAA", "" })
        {
            var client = await Browser.SignedInAsync(factory, "csrf-mine", mine);
            client.DefaultRequestHeaders.TryAddWithoutValidation(Header, token);
            var response = await client.PostAsJsonAsync("/api/lists/targets", new { year = 2023, name = "x" });
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.NotNull(await RefusalAsync(response));
        }
    }

    [Fact]
    public async Task Signing_in_for_a_token_needs_neither_cookie_nor_antiforgery_token()
    {
        var password = await factory.CreateUserAsync("csrf-token", "dept-drc", Roles.ProgrammeOffice);
        var plain = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await plain.PostAsJsonAsync("/api/auth/token", new { userName = "csrf-token", password })).StatusCode);
        var cookie = await Browser.SignedInAsync(factory, "csrf-token", password);
        Assert.Equal(HttpStatusCode.OK, (await cookie.PostAsJsonAsync("/api/auth/token", new { userName = "csrf-token", password })).StatusCode);
    }

    /// <summary>The antiforgery refusal's reason, or null when the answer is anything else.</summary>
    private static async Task<string?> RefusalAsync(HttpResponseMessage response)
    {
        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return null;
        }
        var text = await response.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var e) && e.TryGetProperty(Header, out var reason)
            ? reason[0].GetString() : null;
    }

    private static HttpRequestMessage Request(string method, string path, JsonElement op, OpenApiProbe probe)
    {
        var request = new HttpRequestMessage(new HttpMethod(method.ToUpperInvariant()), PathValue().Replace(path, "1"));
        if (!op.TryGetProperty("requestBody", out var body))
        {
            return request;
        }
        var content = body.GetProperty("content");
        request.Content = content.TryGetProperty("application/json", out var json)
            ? new StringContent(probe.Sample(json.GetProperty("schema"), 0)?.ToJsonString() ?? "{}", Encoding.UTF8, "application/json")
            : new MultipartFormDataContent { { new ByteArrayContent([1, 2, 3]), "file", "x.xlsx" } };
        return request;
    }

    [GeneratedRegex("\\{[^}]+\\}")]
    private static partial Regex PathValue();
}
