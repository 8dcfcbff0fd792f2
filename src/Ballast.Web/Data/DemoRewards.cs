using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Promotion;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's referral rewards (marked 演示 through their projects): the 2023 rule (10‰ of the investment formed,
/// at most 500 万元, from 5,000 万元, public servants and the like excluded, 7 days' notice) and cases in every state on
/// signed referral projects, all through the rewards' own save path; deterministic.</summary>
public static class DemoRewards
{
    private static readonly RewardState[] Plan =
    [
        RewardState.Registered, RewardState.Computed, RewardState.Confirmed, RewardState.InNotice, RewardState.Paid, RewardState.Paid,
        RewardState.Paid, RewardState.Refused, RewardState.Refused,
    ];

    public static async Task SeedAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.RewardRules.AnyAsync())
        {
            return;
        }
        var policy = await db.Policies.IgnoreQueryFilters().Where(p => p.Title.Contains("以商招商")).OrderBy(p => p.Id).Select(p => (int?)p.Id).FirstOrDefaultAsync();
        await sp.GetRequiredService<RewardRuleSave>().SaveAsync(new RewardRuleInput
        {
            Year = 2023, Title = "青岛市“以商招商”及社会化招商奖励（2023年度）", PolicyId = policy, RatePermille = 10, CapWan = 500, MinimumFormedWan = 5_000,
            ExcludedCategories = "公职人员\n项目单位及其关联方员工\n已收取中介费的中介机构", NoticeDays = 7,
        });
        var projects = await ReferralsAsync(sp, db);
        var save = sp.GetRequiredService<RewardSave>();
        for (var i = 0; i < projects.Count && i < Plan.Length; i++)
        {
            await CaseAsync(sp, db, save, projects[i], Plan[i], i);
        }
    }

    /// <summary>Signed demo referrals with their referrer registered in time; a few more made so through the project save.</summary>
    private static async Task<List<Project>> ReferralsAsync(IServiceProvider sp, AppDbContext db)
    {
        var signed = db.Projects.AsNoTracking().Where(p => p.IsDemo && p.MergedIntoId == null && p.SignedOn != null && p.TotalInvestment > 0);
        var found = await signed.Where(p => p.Origin == ProjectOrigin.Referral && p.ReferrerRegisteredOn <= p.SignedOn).OrderBy(p => p.Id).Take(Plan.Length).ToListAsync();
        if (found.Count < Plan.Length)
        {
            var projectSave = sp.GetRequiredService<ProjectSave>();
            foreach (var p in await signed.Where(p => p.Origin == ProjectOrigin.OwnPromotion).OrderBy(p => p.Id).Take(Plan.Length - found.Count).ToListAsync())
            {
                var input = ProjectInput.From(p);
                input.Origin = ProjectOrigin.Referral;
                input.ReferrerKind = p.Id % 2 == 0 ? ReferrerKind.Firm : ReferrerKind.Person;
                input.ReferrerName = input.ReferrerKind == ReferrerKind.Firm ? "（演示）链主企业引荐" : "（演示）社会化招商引荐人";
                input.ReferrerRegisteredOn = p.SignedOn!.Value.AddDays(-30);
                await projectSave.UpdateAsync(p.Id, input);
                found.Add(await db.Projects.AsNoTracking().SingleAsync(x => x.Id == p.Id));
            }
        }
        return found;
    }

    private static async Task CaseAsync(IServiceProvider sp, AppDbContext db, RewardSave save, Project p, RewardState target, int i)
    {
        var category = target == RewardState.Refused && i % 2 == 1 ? "公职人员" : p.ReferrerKind == ReferrerKind.Firm ? "企业" : "个人";
        var opened = await save.OpenAsync(new RewardOpenInput
        {
            ProjectId = p.Id, ReferrerCategory = category, ReferrerIdNumber = p.ReferrerKind == ReferrerKind.Firm ? $"91370200MA3C{p.Id % 1_000_000:000000}" : null,
        });
        if (opened.Record is not { } reward || target == RewardState.Registered)
        {
            return;
        }
        var offers = await FormedOffers.ForAsync(db, p.Id);
        var offer = offers.FirstOrDefault(o => o.Wan > 0) ?? offers[^1];
        // One refused case falls below the 5,000 万元 floor; the others form part or all of their total.
        var formed = target == RewardState.Refused && i % 2 == 0 ? 3_000m : Math.Round((offer.Wan ?? 0) * (0.6m + (0.1m * (i % 4))), 0);
        var step = await save.ConfirmInvestmentAsync(reward.Id, new FormedInput
        {
            FormedWan = Math.Max(1, formed), FormedSource = offer.Source, ConfirmedOn = new DateOnly(2023, 10, 10 + i), Version = reward.Version,
        });
        if (step.Record is null || target is RewardState.Computed or RewardState.Refused)
        {
            return;
        }
        var scope = sp.GetRequiredService<UserScope>();
        var office = await db.Users.AsNoTracking().Where(u => u.UserName == "office").Select(u => u.Id).SingleAsync();
        foreach (var unit in await db.RewardConfirmations.AsNoTracking().Where(c => c.RewardId == reward.Id).Select(c => c.UnitId).ToListAsync())
        {
            // Each unit confirms as its demo user where it has one.
            var user = await db.Users.AsNoTracking().Where(u => u.UnitId == unit).Select(u => new { u.Id, u.UserName }).FirstOrDefaultAsync();
            scope.SetUser(user?.Id ?? office, user?.UserName ?? "office", readsAll: true, writesAll: false, unitIds: [unit]);
            await save.ConfirmAsync(reward.Id, new ConfirmationInput { UnitId = unit, Agreed = true, Note = "经核实，同意" });
        }
        scope.SetUser(office, "office", readsAll: true, writesAll: true, unitIds: []);
        if (target == RewardState.Confirmed)
        {
            return;
        }
        var version = await db.ReferralRewards.AsNoTracking().Where(r => r.Id == reward.Id).Select(r => r.Version).SingleAsync();
        var notice = await save.StartNoticeAsync(reward.Id, new NoticeInput { NoticeFrom = new DateOnly(2023, 11, 20 + (i % 3)), Version = version });
        if (notice.Record is not { } noticed || target == RewardState.InNotice)
        {
            return;
        }
        await save.PayAsync(reward.Id, new PaymentInput
        {
            PaidOn = new DateOnly(2023, 12, 15 + i), PaidWan = noticed.RewardWan ?? 0, PaymentReference = $"青商奖〔2023〕{i + 1:00}号", Version = noticed.Version,
        });
    }
}
