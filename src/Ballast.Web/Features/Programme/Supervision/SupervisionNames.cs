namespace Ballast.Web.Features.Programme;

/// <summary>Chinese names of the states and sources; the localizer gives the English ones.</summary>
public static class SupervisionNames
{
    public const string Meeting = "会议";
    public const string Instruction = "领导批示";
    public const string IndicatorAlert = "指标预警";
    public const string Other = "其他";

    /// <summary>Sources an item can be issued from by hand; <see cref="IndicatorAlert"/> only comes
    /// with the red indicator it was raised from.</summary>
    public static readonly IReadOnlyList<string> ManualSources = [Meeting, Instruction, Other];

    public static readonly IReadOnlyList<string> Sources = [Meeting, Instruction, IndicatorAlert, Other];

    public static string Of(SupervisionState state) => state switch
    {
        SupervisionState.Acknowledged => "已签收",
        SupervisionState.Reported => "已报送",
        SupervisionState.Closed => "已办结",
        _ => "待签收",
    };
}
