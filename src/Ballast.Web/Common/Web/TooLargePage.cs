using System.Text.Encodings.Web;
using System.Text.Unicode;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Common.Web;

/// <summary>The page a browser sees when a form post (an upload) is over the limit: the limit, what
/// to do, and a way back to the page the form was on.</summary>
public static class TooLargePage
{
    public static async Task WriteAsync(HttpContext context, BodyLimit limit)
    {
        var t = context.RequestServices.GetRequiredService<Texts>();
        var html = HtmlEncoder.Create(UnicodeRanges.All);
        var back = Uri.TryCreate(context.Request.Headers.Referer.ToString(), UriKind.Absolute, out var referer)
            && referer.Authority == context.Request.Host.Value ? LocalUrl.OrRoot(referer.PathAndQuery) : "/";
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="{(Texts.IsEnglish ? "en" : "zh-CN")}"><head><meta charset="utf-8" />
            <title>{html.Encode(t["上传内容过大"])} · Ballast</title>
            <link rel="stylesheet" href="/lib/bootstrap/bootstrap.min.css" /></head>
            <body class="p-4"><main class="alert alert-danger" role="alert">
            <h1 class="h5">{html.Encode(t["上传内容过大"])}</h1>
            <p data-testid="too-large">{html.Encode(ProblemTexts.TooLarge(t, limit))}</p>
            <a class="btn btn-outline-secondary btn-sm" href="{html.Encode(back)}">{html.Encode(t["返回"])}</a>
            </main></body></html>
            """);
    }
}
