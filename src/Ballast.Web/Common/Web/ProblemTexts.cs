using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;

namespace Ballast.Web.Common.Web;

/// <summary>Gives every problem answer that still carries the framework's English default title
/// (status pages, 413 and 415 from the server or the API's binding) a title in the user's language;
/// 413 names the limit and 415 the content types the endpoint takes.</summary>
public static class ProblemTexts
{
    private static readonly Dictionary<int, string> Titles = new()
    {
        [400] = "请求无效", [401] = "请先登录", [403] = "没有执行此操作的权限", [404] = "未找到请求的地址或记录",
        [405] = "此地址不接受该请求方法", [406] = "无法以请求的格式回答", [408] = "请求超时，请重试",
        [409] = "与现有记录冲突，请刷新后重试", [429] = "请求过于频繁，请稍后再试",
        [500] = "服务器内部错误，已记录，请稍后重试", [503] = "服务暂不可用，请稍后重试",
    };

    /// <summary>For <c>AddProblemDetails</c>: runs on every problem answer written.</summary>
    public static void Customize(ProblemDetailsContext context) => Localise(context.HttpContext, context.ProblemDetails);

    public static void Localise(HttpContext context, ProblemDetails details)
    {
        var status = details.Status ?? context.Response.StatusCode;
        if (!IsDefault(details.Title, status))
        {
            return;
        }
        var t = context.RequestServices.GetRequiredService<Texts>();
        if (status == StatusCodes.Status413PayloadTooLarge)
        {
            var limit = context.RequestServices.GetRequiredService<BodyLimit>();
            details.Title = TooLarge(t, limit);
            details.Extensions["limitBytes"] = limit.Bytes;
        }
        else if (status == StatusCodes.Status415UnsupportedMediaType)
        {
            var accepted = AcceptedTypes.For(context);
            details.Title = t["请求内容类型不受支持"];
            details.Detail = t["此接口只接受 {0} 格式的请求内容，收到的是 {1}",
                accepted.Count > 0 ? string.Join(Texts.IsEnglish ? ", " : "、", accepted) : "application/json",
                string.IsNullOrEmpty(context.Request.ContentType) ? t["（未声明）"] : context.Request.ContentType];
        }
        else if (Titles.TryGetValue(status, out var title))
        {
            details.Title = t[title];
        }
    }

    public static string TooLarge(Texts t, BodyLimit limit) =>
        t["请求内容超过 {0} MB 的上限，未被接收；请缩小文件或分批上传",
            limit.Megabytes.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)];

    private static bool IsDefault(string? title, int status) =>
        title is null || title == ReasonPhrases.GetReasonPhrase(status) || FrameworkTitles.Contains(title);

    // Titles ASP.NET Core writes by itself that differ from the reason phrase (RFC 9110 names, the 500 default).
    private static readonly HashSet<string> FrameworkTitles =
        ["An error occurred while processing your request.", "Content Too Large", "Payload Too Large", "Request Entity Too Large"];
}
