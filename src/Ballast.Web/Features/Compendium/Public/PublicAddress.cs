namespace Ballast.Web.Features.Compendium;

/// <summary>The address the public reaches Ballast's public pages on, from <c>Public:BaseAddress</c>: an intranet
/// and a public site differ, and a printed QR code must open the site the public can reach. When unset, the
/// address of the request that draws the code is used, and the office pages say so.</summary>
public sealed class PublicAddress(IConfiguration configuration)
{
    public const string Key = "Public:BaseAddress";

    /// <summary>The configured base (scheme, host, optional path), without a trailing slash; null when unset.</summary>
    public string? Configured { get; } = Normalise(configuration[Key]);

    public string Base(HttpRequest request) => Configured ?? $"{request.Scheme}://{request.Host}{request.PathBase}";

    public string Of(HttpRequest request, string code) => Base(request) + "/p/" + code;

    /// <summary>Why the configured value cannot be used (Ballast refuses to start), or null.</summary>
    public static string? Refusal(IConfiguration configuration) => Check(configuration[Key]);

    private static string? Check(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        return Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? null
            : $"{Key} must be an absolute http(s) address without query, e.g. https://zc.qingdao.gov.cn (got \"{value}\")";
    }

    private static string? Normalise(string? value) =>
        string.IsNullOrWhiteSpace(value) || Check(value) is not null
            ? null
            : value.Trim().TrimEnd('/');
}
