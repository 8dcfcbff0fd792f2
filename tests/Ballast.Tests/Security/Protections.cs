using System.Net.Http.Headers;

namespace Ballast.Tests.Security;

/// <summary>What every answer of Ballast must carry for the browser, checked header by header;
/// each miss is returned as text so that a test over many routes can list them all.</summary>
internal static class Protections
{
    private static readonly string[] DeviceFeatures = ["camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()"];

    public static IEnumerable<string> Missing(HttpResponseMessage response, bool https = false)
    {
        var h = response.Headers;
        var policy = Policy(One(h, "Content-Security-Policy"));
        foreach (var (directive, value) in new[]
        {
            ("default-src", "'self'"), ("object-src", "'none'"), ("base-uri", "'self'"), ("form-action", "'self'"),
            ("frame-ancestors", "'none'"), ("img-src", "'self' data:"), ("connect-src", "'self'"),
        })
        {
            if (policy.GetValueOrDefault(directive) != value)
            {
                yield return $"CSP {directive} is '{policy.GetValueOrDefault(directive)}', not {value}";
            }
        }
        var script = policy.GetValueOrDefault("script-src") ?? "";
        if (!script.StartsWith("'self'", StringComparison.Ordinal) || new[] { "'unsafe-inline'", "'unsafe-eval'", "*", "data:", "http", "blob:" }
            .Any(bad => script.Contains(bad, StringComparison.Ordinal)))
        {
            yield return $"CSP script-src is '{script}'";
        }
        foreach (var (name, value) in new[]
        {
            ("X-Content-Type-Options", "nosniff"), ("X-Frame-Options", "DENY"), ("Referrer-Policy", "same-origin"),
            ("Cross-Origin-Opener-Policy", "same-origin"),
        })
        {
            if (One(h, name) != value)
            {
                yield return $"{name} is '{One(h, name)}', not {value}";
            }
        }
        var permissions = One(h, "Permissions-Policy") ?? "";
        if (DeviceFeatures.Any(f => !permissions.Contains(f, StringComparison.Ordinal)))
        {
            yield return $"Permissions-Policy is '{permissions}'";
        }
        var hsts = One(h, "Strict-Transport-Security");
        if (https && (hsts is null || !hsts.StartsWith("max-age=31536000", StringComparison.Ordinal)))
        {
            yield return $"Strict-Transport-Security is '{hsts}' over https";
        }
        if (!https && hsts is not null)
        {
            yield return $"Strict-Transport-Security '{hsts}' over plain http";
        }
    }

    /// <summary>The directives of a policy by name (a policy sent twice would be both enforced: refused).</summary>
    public static Dictionary<string, string> Policy(string? header) =>
        (header ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', 2)).ToDictionary(d => d[0], d => d.Length > 1 ? d[1].Trim() : "");

    /// <summary>The header's single value; null when absent, all values joined when sent more than once.</summary>
    private static string? One(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? string.Join(", ", values) : null;
}
