namespace Ballast.Web.Common.Security;

/// <summary>What a page of Ballast may load: only its own files. No inline script (data travels in
/// <c>script type="application/json"</c> blocks that a file reads), no plug-ins, no framing, no other hosts.</summary>
public static class ContentSecurityPolicy
{
    private const string Common = "default-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
        + "frame-ancestors 'none'; img-src 'self' data:; connect-src 'self'";

    /// <summary>Every page, API answer, file and error. echarts writes its tooltip and chart boxes as
    /// style attributes, so attributes (never &lt;style&gt; elements or style sheets from elsewhere) may be inline.</summary>
    public const string Pages = Common + "; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'";

    /// <summary>The API reference (Scalar) at /api/docs, and only there: its inline start-up script is
    /// allowed by its hash alone; its components add &lt;style&gt; elements without a nonce, so style may be inline.</summary>
    public static string ForApiDocs(IEnumerable<string> scriptHashes) =>
        Common + "; script-src 'self' " + string.Join(' ', scriptHashes.Select(h => $"'sha256-{h}'")) + "; style-src 'self' 'unsafe-inline'";
}
