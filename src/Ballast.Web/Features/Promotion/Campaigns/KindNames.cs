namespace Ballast.Web.Features.Promotion;

/// <summary>The campaign kinds as people name them (localisation keys).</summary>
public static class KindNames
{
    public static string Of(CampaignKind kind) => kind switch
    {
        CampaignKind.Overseas => "出海招商",
        CampaignKind.Domestic => "国内招商",
        _ => "招商活动（会议、展会、签约）",
    };
}
