using System.Globalization;

namespace Ballast.Web.Features.Promotion;

/// <summary>The notice's objections as a log kept on the case, one line each: 【异议 date】 for an objection and
/// 【处理 date】 for its handling. An objection is unresolved while the last line is an objection.</summary>
public static class RewardObjections
{
    public const string Raised = "【异议";
    public const string Handled = "【处理";

    public static string Line(bool handling, DateOnly on, string text) =>
        $"{(handling ? Handled : Raised)} {on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}】{text.Trim().ReplaceLineEndings(" ")}";

    public static bool Unresolved(string? log) =>
        !string.IsNullOrEmpty(log) && log[(log.LastIndexOf('\n') + 1)..].StartsWith(Raised, StringComparison.Ordinal);
}
