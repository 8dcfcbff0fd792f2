using Ballast.Web.Features.Compendium;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's policies (marked 演示), saved through the compendium's save path: city, district and park
/// policies of 2023 with their 文号, chains, divisions, contacts and texts, one replaced by a newer one with its
/// history, one expired, seven with eligibility conditions (<see cref="DemoPolicyConditions"/>).
/// 《青岛市"以商招商"及社会化招商奖励政策》 keeps the 文号 青商发〔2023〕18号 so that the reward rules can cite it.
/// Deterministic: the same records every time (only the public codes are drawn).</summary>
public static class DemoPolicies
{
    public const string ReferralRewardNumber = "青商发〔2023〕18号";

    private sealed record Plan(string Title, string Number, string Issuer, PolicyLevel Level, PolicyKind Kind, string? Area, DateOnly On,
        DateOnly? Until, string[] Chains, string[] Divisions, string Summary, string Contact, string Phone);

    private static readonly Plan[] Plans =
    [
        new("青岛市\"以商招商\"及社会化招商奖励政策", ReferralRewardNumber, "青岛市商务局", PolicyLevel.City, PolicyKind.General, null, new(2023, 3, 1),
            new(2025, 12, 31), [], [], "对引荐项目在青落地的企业、商协会和中介机构，按项目实际到位资金给予奖励，单个项目最高500万元。", "市商务局投资促进处", "0532-85911360"),
        new("青岛市支持人才创新创业若干政策", "青政发〔2023〕5号", "青岛市人民政府", PolicyLevel.City, PolicyKind.General, null, new(2023, 2, 10), null,
            [], [], "对新引进的顶尖人才、领军人才给予安家补贴，对人才创办企业给予项目资助和贷款贴息。", "市人力资源和社会保障局人才处", "0532-85912200"),
        new("关于促进集成电路产业高质量发展的实施意见", "青政办发〔2023〕11号", "青岛市人民政府办公厅", PolicyLevel.City, PolicyKind.Targeted, null,
            new(2023, 4, 20), new(2026, 4, 19), ["集成电路"], ["39"], "支持晶圆制造、封装测试和设计企业，对设备投资、EDA工具采购和流片费用给予补助。",
            "市工业和信息化局电子信息处", "0532-85913015"),
        new("关于加快虚拟现实产业发展的若干措施", "青工信字〔2023〕7号", "青岛市工业和信息化局", PolicyLevel.City, PolicyKind.Targeted, null,
            new(2023, 5, 8), new(2025, 12, 31), ["虚拟现实"], ["39", "65"], "支持VR/AR整机、关键器件和内容研发，对首台（套）产品和示范应用场景给予奖励。",
            "市工业和信息化局软件和信息服务业处", "0532-85913026"),
        new("青岛市专精特新企业培育奖励办法", "青工信字〔2023〕12号", "青岛市工业和信息化局", PolicyLevel.City, PolicyKind.General, null,
            new(2023, 6, 1), null, [], [], "对新认定的国家级专精特新\"小巨人\"企业、省级专精特新中小企业分别给予一次性奖励。",
            "市工业和信息化局中小企业处", "0532-85913088"),
        new("青岛市促进外资高质量发展若干措施", "青商发〔2023〕9号", "青岛市商务局", PolicyLevel.City, PolicyKind.General, null, new(2023, 3, 15),
            null, [], [], "对年度实际使用外资超过1000万美元的新设及增资项目，按实际使用外资金额给予奖励。", "市商务局外资处", "0532-85911315"),
        new("青岛市支持新能源汽车产业链发展的若干政策", "青政办发〔2023〕15号", "青岛市人民政府办公厅", PolicyLevel.City, PolicyKind.Targeted, null,
            new(2023, 7, 1), new(2025, 6, 30), ["新能源汽车"], ["36"], "支持整车和动力电池、电驱电控等关键零部件项目，对固定资产投资给予补助。",
            "市工业和信息化局汽车产业处", "0532-85913061"),
        new("西海岸新区招商引资奖励办法", "青西新管发〔2023〕3号", "青岛西海岸新区管委", PolicyLevel.District, PolicyKind.General, "370211",
            new(2023, 2, 1), null, [], [], "对新引进总投资1亿元以上的产业项目，按实际投资额给予奖励；对总部企业给予落户奖励。",
            "西海岸新区投资促进中心", "0532-86989001"),
        new("即墨区支持纺织服装产业转型升级若干措施", "即政发〔2023〕6号", "青岛市即墨区人民政府", PolicyLevel.District, PolicyKind.Targeted, "370215",
            new(2023, 4, 1), new(2025, 3, 31), [], ["17", "18"], "支持纺织服装企业智能化改造和品牌建设，对设备投资和自主品牌给予奖励。",
            "即墨区工业和信息化局", "0532-88512345"),
        new("虚拟现实产业园入园企业扶持办法", "虚园发〔2023〕1号", "虚拟现实产业园管理办公室", PolicyLevel.Park, PolicyKind.Targeted, "park-01",
            new(2023, 3, 20), null, ["虚拟现实"], ["65"], "对入园的虚拟现实企业给予三年租金减免、研发投入补助和人才公寓保障。", "虚拟现实产业园招商服务部", "0532-80981234"),
        new("青岛市支持人才创新创业若干政策（2021年版）", "青政发〔2021〕8号", "青岛市人民政府", PolicyLevel.City, PolicyKind.General, null,
            new(2021, 3, 1), null, [], [], "2021年版人才政策，已由2023年版替代。", "市人力资源和社会保障局人才处", "0532-85912200"),
        new("青岛市工业企业技术改造综合奖补办法", "青工信字〔2020〕21号", "青岛市工业和信息化局", PolicyLevel.City, PolicyKind.General, null,
            new(2020, 7, 1), new(2022, 12, 31), [], [], "对设备投资500万元以上的技术改造项目给予奖补，已到期失效。", "市工业和信息化局投资处", "0532-85913040"),
    ];

    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.Policies.AnyAsync(p => p.IsDemo))
        {
            return;
        }
        var save = sp.GetRequiredService<PolicySave>();
        var statuses = sp.GetRequiredService<PolicyStatusSave>();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id);
        var chains = await db.Chains.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Id);
        var ids = new Dictionary<string, Policy>();
        foreach (var plan in Plans)
        {
            var result = await save.CreateAsync(new PolicyInput
            {
                Title = plan.Title, DocumentNumber = plan.Number, Issuer = plan.Issuer, Level = plan.Level, Kind = plan.Kind,
                AreaUnitId = plan.Area is { } a ? units[a] : null, EffectiveOn = plan.On, ExpiresOn = plan.Until, Summary = plan.Summary,
                FullText = FullText(plan), IsPublished = true, ChainIds = [.. plan.Chains.Where(chains.ContainsKey).Select(c => chains[c])],
                DivisionCodes = [.. plan.Divisions], Contacts = [new PolicyContactInput { Unit = plan.Contact, Phone = plan.Phone }],
            }, isDemo: true);
            ids[plan.Number] = result.Policy ?? throw new InvalidOperationException($"Demo policy {plan.Number}: {result.Errors.FirstOrDefault().Message}");
        }
        var old = ids["青政发〔2021〕8号"];
        await statuses.ChangeAsync(old.Id, new StatusInput
        {
            To = PolicyStatus.Replaced, On = new(2023, 2, 10), ReplacedById = ids["青政发〔2023〕5号"].Id, Reason = "由青政发〔2023〕5号替代", Version = old.Version,
        });
        await DemoPolicyConditions.SeedAsync(sp, ids);
    }

    private static string FullText(Plan p) => string.Join('\n',
        $"第一条 为{p.Summary.TrimEnd('。')}，结合我市实际，制定本政策。",
        "第二条 本政策适用于在本市依法登记注册、具有独立法人资格、纳税和统计关系在本市的企业。",
        $"第三条 {p.Summary}",
        "第四条 申请奖励的企业应当按照年度申报通知的要求提交申请材料，经审核公示后拨付资金。同一项目同时符合本市多项政策的，按照\"就高不重复\"原则执行。",
        $"第五条 本政策由{p.Issuer}负责解释，自{p.On:yyyy年M月d日}起施行" + (p.Until is { } u ? $"，有效期至{u:yyyy年M月d日}。" : "。"));
}
