using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Promotion;

/// <summary>The columns of the campaign list and the year's results as a sheet: amounts in 亿元, 未报 left blank.</summary>
public static class CampaignExport
{
    public static List<ExportColumn<CampaignRow>> Columns(Texts t) =>
    [
        new(t["活动名称"].Value, typeof(string), r => r.Name),
        new(t["活动类型"].Value, typeof(string), r => t[KindNames.Of(r.Kind)].Value),
        new(t["目的地"].Value, typeof(string), r => r.Destination),
        new(t["开始日期"].Value, typeof(string), r => ListExport.Date(r.StartsOn)),
        new(t["结束日期"].Value, typeof(string), r => ListExport.Date(r.EndsOn)),
        new(t["产业链"].Value, typeof(string), r => r.Chain is null ? null : Texts.Pick(r.Chain, r.ChainEn)),
        new(t["带队领导"].Value, typeof(string), r => r.LeaderName),
        new(t["线索"].Value, typeof(int), r => r.Figures.Leads),
        new(t["洽谈中"].Value, typeof(int), r => r.Figures.Negotiating),
        new(t["已签约"].Value, typeof(int), r => r.Figures.Signed),
        new(t["签约投资（亿元）"].Value, typeof(decimal), r => ListExport.Yi(r.Figures.SignedInvestmentWan)),
        new(t["已开工"].Value, typeof(int), r => r.Figures.Started),
        new(t["重点项目"].Value, typeof(int), r => r.Figures.KeyProjects),
        new(t["重点项目本年完成投资（亿元）"].Value, typeof(decimal), r => ListExport.Yi(r.Figures.KeyCompletedWan)),
    ];
}
