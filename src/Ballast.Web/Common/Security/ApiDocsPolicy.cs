using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Ballast.Web.Common.Security;

/// <summary>The API reference page (Scalar) starts itself with an inline script. Rather than allow
/// inline script, the page is held back and the hash of each inline script in it allowed, no other.
/// Only the reference's pages (no file extension) are held back; its scripts and icons pass through.</summary>
public sealed partial class ApiDocsPolicy(RequestDelegate next)
{
    public const string Path = "/api/docs";

    public async Task InvokeAsync(HttpContext context)
    {
        if (System.IO.Path.HasExtension(context.Request.Path.Value))
        {
            await next(context);
            return;
        }
        var original = context.Response.Body;
        await using var held = new MemoryStream();
        context.Response.Body = held;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        var html = Encoding.UTF8.GetString(held.GetBuffer(), 0, (int)held.Length);
        context.Items[SecurityHeaders.PolicyItem] = ContentSecurityPolicy.ForApiDocs(InlineScripts().Matches(html)
            .Select(m => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(m.Groups["body"].Value)))));
        held.Position = 0;
        await held.CopyToAsync(original, context.RequestAborted);
    }

    [GeneratedRegex("<script(?![^>]*\\ssrc=)[^>]*>(?<body>.*?)</script>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex InlineScripts();
}
