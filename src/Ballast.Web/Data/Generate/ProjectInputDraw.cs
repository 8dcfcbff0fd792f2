using Ballast.Web.Features.Projects;

namespace Ballast.Web.Data.Generate;

/// <summary>Draws what a user would type on a project's edit page: unit, chain, investor, codes,
/// origin, dates. Key projects get a leader (包抓) more often than the pipeline's projects.</summary>
internal sealed class ProjectInputDraw(Draws draw, GeneratorReference r, GeneratedCodes codes)
{
    public ProjectInput Draw(ProjectPlan plan, int serial)
    {
        var district = draw.Pick(r.Districts);
        var region = district.RegionCode ?? "370200";
        var chain = draw.Chance(0.85) ? draw.Pick(r.Chains) : null;
        var stem = chain?.Name ?? "现代产业";
        var signed = plan.On(ProjectStage.Signed);
        var plannedStart = signed?.AddDays(draw.Between(60, 200));
        var input = new ProjectInput
        {
            Name = $"{district.Name}{stem}{draw.Pick(Words.Kinds)} {serial:000000}",
            InvestorName = $"{r.CityName}{draw.Pick(Words.Brands)}{draw.Pick(Words.Brands)}{stem}{draw.Pick(Words.Trades)}有限公司",
            InvestorUscc = codes.Uscc(region),
            TotalInvestment = plan.TotalInvestment,
            OwnerUnitId = district.Id,
            ResponsibleUnitId = draw.Pick(r.Departments).Id,
            ParkUnitId = r.Parks.Count > 0 && draw.Chance(0.3) ? draw.Pick(r.Parks).Id : null,
            ChainId = chain?.Id,
            IndustryDivisionCode = draw.Pick(r.Divisions).Code,
            EmergingAreaCode = r.Areas.Count > 0 && draw.Chance(0.4) ? draw.Pick(r.Areas).Code : null,
            ConstructionContent = draw.Pick(Words.Contents),
            Jobs = draw.Between(20, 3_000),
            LandAreaMu = draw.Chance(0.6) ? draw.Between(10, 600) : null,
            PlannedStartOn = plannedStart,
            PlannedCompletionOn = plannedStart?.AddDays(draw.Between(365, 1_100)),
            LeaderId = r.Leaders.Count > 0 && draw.Chance(plan.KeyYears.Count > 0 ? 0.7 : 0.1) ? draw.Pick(r.Leaders).Id : null,
            IsFortune500 = draw.Chance(0.03),
            IsCentralSoe = draw.Chance(0.04),
            IsListed = draw.Chance(0.1),
            NotADuplicate = true,
        };
        if (plan.On(ProjectStage.Registered) is { } registered)
        {
            input.ProjectCode = codes.ProjectCode(registered, region);
        }
        Origin(input, plan);
        if (draw.Chance(0.08))
        {
            input.IsForeignInvested = true;
            input.InvestorCountry = draw.Pick(Words.Countries);
            input.ForeignCapital = Math.Round(plan.TotalInvestment / 7.1m / 10m) * 10m;
        }
        return input;
    }

    /// <summary>Own promotion, campaign, agency or referral; a referrer registered before the first contact.</summary>
    private void Origin(ProjectInput input, ProjectPlan plan)
    {
        input.Origin = draw.Between(0, 9) switch
        {
            < 6 => ProjectOrigin.OwnPromotion,
            6 => ProjectOrigin.Campaign,
            7 => ProjectOrigin.Agency,
            _ => ProjectOrigin.Referral,
        };
        if (input.Origin == ProjectOrigin.Referral)
        {
            input.ReferrerKind = draw.Chance(0.4) ? ReferrerKind.Firm : ReferrerKind.Person;
            input.ReferrerName = input.ReferrerKind == ReferrerKind.Firm ? "链主企业引荐" : $"社会化招商引荐人 {draw.Between(1, 500):000}";
            input.ReferrerRegisteredOn = plan.CreatedOn.AddDays(-draw.Between(0, 200));
        }
    }
}
