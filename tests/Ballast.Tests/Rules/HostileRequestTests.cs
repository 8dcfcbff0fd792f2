using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;

namespace Ballast.Tests.Rules;

/// <summary>Every POST/PUT (and every GET's query) in the OpenAPI document, sent hostile values: never
/// a 5xx, and every 400 is problem+json naming at least one field with a reason.</summary>
public sealed partial class HostileRequestTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static readonly string[] QueryValues = ["abc", "-1", "0", "13", "99999999999", "2999", "%00", "NoSuchValue"];

    [Fact]
    public async Task Hostile_bodies_and_queries_are_answered_without_a_server_error()
    {
        var office = await ImportHttp.OfficeAsync(factory, "probe-office");
        var document = await ImportHttp.JsonAsync(await office.GetAsync("/openapi/v1.json"));
        var probe = new OpenApiProbe(document);
        var failures = new List<string>();
        var sent = 0;
        foreach (var op in probe.Operations())
        {
            var url = PathParameter().Replace(op.Path, "1");
            var requests = new List<(string Case, HttpRequestMessage Request)>();
            if (op.Body is { } schema)
            {
                requests.AddRange(OpenApiProbe.Malformed.Select(m => ($"malformed {m}", Json(op.Method, url, m))));
                requests.AddRange(probe.Variants(schema).Select(v => (v.Case, Json(op.Method, url, v.Body))));
            }
            foreach (var (name, _) in op.Query)
            {
                requests.AddRange(QueryValues.Select(v => ($"?{name}={v}", new HttpRequestMessage(new HttpMethod(op.Method), $"{url}?{name}={v}"))));
            }
            foreach (var (label, request) in requests)
            {
                sent++;
                if (await FaultAsync(await office.SendAsync(request)) is { } fault)
                {
                    failures.Add($"{op.Method.ToUpperInvariant()} {op.Path} [{Short(label)}]: {fault}");
                }
            }
        }
        Assert.True(sent > 500, $"only {sent} requests generated: is the document still read?");
        Assert.True(failures.Count == 0, $"{failures.Count} of {sent} answers were wrong:\n" + string.Join("\n", failures.Take(40)));
    }

    [Theory]
    [InlineData("/api/dashboard?year=-1", "year")]
    [InlineData("/api/dashboard?month=13", "month")]
    [InlineData("/api/dashboard?year=abc", "year")]
    [InlineData("/api/key-projects?page=0", "page")]
    [InlineData("/api/projects?year=1900", "Year")]
    [InlineData("/api/dispatch/periods?year=2999", "year")]
    public async Task An_out_of_range_query_parameter_is_refused_not_replaced(string url, string field)
    {
        var office = await ImportHttp.OfficeAsync(factory, $"probe-q-{Math.Abs(url.GetHashCode(StringComparison.Ordinal))}");
        var response = await office.GetAsync(url);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await ImportHttp.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), $"{url} names {field}");
    }

    private static HttpRequestMessage Json(string method, string url, string body) =>
        new(new HttpMethod(method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };

    private static async Task<string?> FaultAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} {Short(await response.Content.ReadAsStringAsync())}";
        }
        if (status != 400)
        {
            return null;
        }
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"400 as {response.Content.Headers.ContentType?.MediaType}";
        }
        var body = await ImportHttp.JsonAsync(response);
        return body.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Object
            && errors.EnumerateObject().Any(e => e.Name.Length > 0 && e.Value.EnumerateArray().Any(m => m.GetString()?.Length > 0))
            ? null : $"400 without a field error: {Short(body.GetRawText())}";
    }

    private static string Short(string s) => s.Length > 160 ? s[..160] + "…" : s;

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex PathParameter();
}
