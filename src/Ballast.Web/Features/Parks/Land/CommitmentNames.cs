namespace Ballast.Web.Features.Parks;

/// <summary>Chinese names of the verdicts; the localizer gives the English.</summary>
public static class CommitmentNames
{
    public static string Of(CheckState state) => state switch
    {
        CheckState.Met => "已达到",
        CheckState.Breached => "未兑现",
        CheckState.Missing => "数据未报",
        _ => "未到考核期",
    };

    /// <summary>Bootstrap colour of the dot beside the word (never colour alone).</summary>
    public static string Colour(CheckState state) => state switch
    {
        CheckState.Met => "success",
        CheckState.Breached => "danger",
        CheckState.Missing => "secondary",
        _ => "info",
    };
}
