using System.Globalization;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Services;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Formatting;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Programme;

/// <summary>Every rule that computes an indicator from records, in one place. A rule whose module
/// does not exist yet says so instead of answering zero.</summary>
public sealed class ComputedIndicators(AppDbContext db, KeyProjectFigures figures, Texts t, ServiceIndicators services, EmergingGrowth emerging,
    ParkIndicators parks)
{
    public sealed record Rule(string Code, string Description, string? MissingModule);

    public static readonly IReadOnlyList<Rule> Rules =
    [
        new("chain-signed-5yi", "新签约总投资5亿元以上的24条产业链项目数（首次签约计一次，扩建、合并不计）", null),
        new("big-new-or-started", "本年新签约或新开工的总投资50亿元以上项目数（同一项目计一次）", null),
        new("key-projects-count", "本年市重点项目（建设类）个数", null),
        new("key-projects-total", "本年市重点项目（建设类）总投资（亿元）", null),
        new("key-investment-ytd", "本年市重点项目（建设类）累计完成投资（亿元，至所选调度期）", null),
        new("parks-listed", "已挂牌专业园区数（至指标时限，无时限的至年末）", null),
        new("parks-over-100", "产业规模过100亿元园区数（园区录入的产值优先，否则在园企业产值合计）", null),
        new("parks-over-300", "产业规模过300亿元园区数", null),
        new("parks-over-500", "产业规模过500亿元园区数", null),
        new("specialty-buildings", "专业特色楼宇数（累计认定）", null),
        new("tax-buildings", "税收过亿元楼宇数（企业税收合计，无企业数据时用录入数）", null),
        new("integration-pilots", "“两业”融合试点单位数（累计认定）", null),
        new("service-manufacturing-demos", "本年新增服务型制造示范数", null),
        new("leading-firms", "本年新培育生产性服务业领军企业数", null),
        new("innovation-centres", "省级及以上服务业创新中心数（累计认定）", null),
        new("service-clusters", "市级及以上服务业集聚区数（累计认定）", null),
        new("emerging-growth", "新兴产业链产值增速（可比企业口径，取各链最低值）", null),
    ];

    public static Rule? Find(string? code) => Rules.FirstOrDefault(r => r.Code == code);

    /// <summary>The rule's value for the year as of the month; <paramref name="deadline"/> is the indicator's own date
    /// where it has one (parks listed by 30 June).</summary>
    public async Task<ComputedValue> ComputeAsync(string code, int year, int month, DateOnly? deadline = null)
    {
        var rule = Find(code) ?? throw new ArgumentException($"unknown rule {code}", nameof(code));
        if (rule.MissingModule is { } module)
        {
            // In the reader's language: the plan page, its API, the bulletin and the assessment show it as is.
            return new ComputedValue(null, null, t["{0}模块尚未建设，暂无数据", t[module].Value].Value);
        }
        var list = $"/Projects?Year={year}&List=key";
        string Designations(string kind) => $"/Enterprises/Designations?Kind={kind}&Year={year}";
        string Areas(string kind, DesignationLevel level) => $"/Buildings/Areas?Kind={kind}&Year={year}&MinLevel={level}";
        return code switch
        {
            "specialty-buildings" => await services.SpecialtyBuildingsAsync(year),
            "tax-buildings" => await services.TaxBuildingsAsync(year),
            "integration-pilots" => await services.DesignationsAsync("integration-pilot", year, true, DesignationLevel.City,
                Designations("integration-pilot") + "&Cumulative=true"),
            "service-manufacturing-demos" => await services.DesignationsAsync("service-manufacturing", year, false, DesignationLevel.City,
                Designations("service-manufacturing")),
            "leading-firms" => await services.DesignationsAsync("producer-service-leader", year, false, DesignationLevel.City,
                Designations("producer-service-leader")),
            "innovation-centres" => await services.DesignationsAsync(AreaKinds.InnovationCentre, year, true, DesignationLevel.Provincial,
                Areas(AreaKinds.InnovationCentre, DesignationLevel.Provincial)),
            "service-clusters" => await services.DesignationsAsync(AreaKinds.Cluster, year, true, DesignationLevel.City,
                Areas(AreaKinds.Cluster, DesignationLevel.City)),
            "emerging-growth" => await emerging.ComputeAsync(year),
            "parks-listed" => await parks.ListedAsync(year, deadline),
            "parks-over-100" or "parks-over-300" or "parks-over-500" => await parks.OverAsync(year, decimal.Parse(code[11..], CultureInfo.InvariantCulture)),
            "chain-signed-5yi" => new(await db.Projects.ChainSignedFiveYi(year).CountAsync(), $"/Projects?Year={year}&ChainSigned=true", null),
            "big-new-or-started" => new(await db.Projects.BigNewOrStarted(year).CountAsync(), $"/Projects?Year={year}&Big=true", null),
            "key-projects-count" => new(await figures.Construction(year).CountAsync(), list, null),
            "key-projects-total" => new(
                Amounts.YiValue(await figures.Construction(year).SumAsync(k => (decimal?)k.Project!.TotalInvestment) ?? 0m),
                list,
                null),
            _ => await InvestmentAsync(year, month, $"{list}&Month={month}"),
        };
    }

    /// <summary>Year-to-date investment, with its share of the projects' own plans beside it.</summary>
    private async Task<ComputedValue> InvestmentAsync(int year, int month, string link)
    {
        var city = await figures.CityAsync(year, month);
        var pending = await figures.Construction(year).CountAsync(k => k.PlannedInvestment == null);
        return new(Amounts.YiValue(city.YtdWan), link, null, PlanShare.Of(city.YtdWan, city.PlanWan, city.Projects, pending));
    }
}
