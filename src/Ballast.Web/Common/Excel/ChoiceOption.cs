namespace Ballast.Web.Common.Excel;

/// <summary>One allowed value of a Choice column and the labels people write for it.</summary>
/// <param name="Value">What the row carries, e.g. "Signed".</param>
/// <param name="Labels">The first is the display label, e.g. "签约", "已签约".</param>
public sealed record ChoiceOption(string Value, params IReadOnlyList<string> Labels)
{
    public string DisplayLabel => Labels.Count > 0 ? Labels[0] : Value;
}
