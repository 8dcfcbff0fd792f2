using System.Globalization;
using System.Text.RegularExpressions;

namespace Ballast.Web.Features.Programme;

/// <summary>An extension asked for and not yet decided: on which day, by whom, from which due date
/// to which.</summary>
public sealed record ExtensionRequest(DateOnly RequestedOn, string By, DateOnly DueOnThen, DateOnly NewDueOn, string Reason);

/// <summary>The dated notes a supervision item collects in its <see cref="SupervisionItem.Detail"/>
/// (the model has no columns for them): extension requests and decisions, returns. One line each,
/// starting 【what date user】, in Chinese whatever the user's language, since everyone in the cycle
/// reads the record. Free text is cleaned so that it can never pass for a note. No I/O.</summary>
public static partial class SupervisionNotes
{
    public const string Requested = "申请延期";
    public const string Granted = "同意延期";
    public const string Declined = "不同意延期";
    public const string Returned = "退回";

    public static string Request(DateOnly on, string by, DateOnly dueOn, DateOnly newDueOn, string reason) =>
        Line(Requested, on, by, $"办结时限 {D(dueOn)} 延至 {D(newDueOn)}：{OneLine(reason)}");

    public static string Grant(DateOnly on, string by, DateOnly from, DateOnly to) =>
        Line(Granted, on, by, $"办结时限 {D(from)} 延至 {D(to)}");

    public static string Decline(DateOnly on, string by, string reason) => Line(Declined, on, by, OneLine(reason));

    public static string Return(DateOnly on, string by, string reason) => Line(Returned, on, by, OneLine(reason));

    /// <summary>The detail with the note added on a line of its own.</summary>
    public static string Append(string? detail, string note) =>
        string.IsNullOrEmpty(detail) ? note : detail + "\n" + note;

    /// <summary>Text written by people: the brackets that open a note become the official-document
    /// ones 〔〕, so no detail or reason can forge a request or a decision.</summary>
    public static string Clean(string text) => text.Replace('【', '〔').Replace('】', '〕');

    /// <summary>The latest request, unless a decision on it came after.</summary>
    public static ExtensionRequest? PendingExtension(string? detail)
    {
        ExtensionRequest? pending = null;
        foreach (var line in (detail ?? "").Split('\n'))
        {
            var m = NoteLine().Match(line);
            if (!m.Success)
            {
                continue;
            }
            var kind = m.Groups["kind"].Value;
            if (kind == Requested && RequestBody().Match(m.Groups["body"].Value) is { Success: true } r)
            {
                pending = new ExtensionRequest(Parse(m.Groups["on"].Value), m.Groups["by"].Value,
                    Parse(r.Groups["from"].Value), Parse(r.Groups["to"].Value), r.Groups["reason"].Value);
            }
            else if (kind is Granted or Declined)
            {
                pending = null;
            }
        }
        return pending;
    }

    private static string Line(string kind, DateOnly on, string by, string body) => $"【{kind} {D(on)} {by}】{body}";

    private static string OneLine(string text) => Clean(text).ReplaceLineEndings(" ").Trim();

    private static string D(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly Parse(string s) => DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^【(?<kind>申请延期|同意延期|不同意延期|退回) (?<on>\d{4}-\d{2}-\d{2}) (?<by>[^】]*)】(?<body>.*)$")]
    private static partial Regex NoteLine();

    [GeneratedRegex(@"^办结时限 (?<from>\d{4}-\d{2}-\d{2}) 延至 (?<to>\d{4}-\d{2}-\d{2})：(?<reason>.*)$")]
    private static partial Regex RequestBody();
}
