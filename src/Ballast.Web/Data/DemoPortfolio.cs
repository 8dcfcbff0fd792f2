using System.Globalization;
using Ballast.Web.Common.Codes;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Features.Lists;

namespace Ballast.Web.Data;

/// <summary>A plausible, clearly marked demo portfolio for 2023, deterministic (same seed, same
/// data): 363 construction-class key projects whose total investment sums to exactly 9,300 亿 and
/// whose annual plans sum to exactly 1,700 亿, so the dashboard reproduces the programme's headline
/// figures from records; 157 preparation-class projects; a pipeline of leads and 2023 signings;
/// monthly figures February–September with one district late, some projects red, problems open.
/// The four projects the source names carry their real names; their figures are demo figures.</summary>
public sealed class DemoPortfolio(AppDbContext db, int year = 2023, int lastMonth = 9, int seed = 2023)
{
    public const decimal KeyTotalWan = 93_000_000m;   // 9,300 亿
    public const decimal KeyPlanWan = 17_000_000m;    // 1,700 亿
    public const int ConstructionCount = 363;
    public const int ChainProjectCount = 297;
    public const int PreparationCount = 157;
    /// <summary>The district whose latest month is missing, to show "not reported".</summary>
    public const string LateDistrict = "370283";
    /// <summary>The district whose projects run far behind time progress, to show red.</summary>
    public const string LaggingDistrict = "370213";

    private readonly Random _rng = new(seed);
    private readonly HashSet<string> _codes = [];
    private int _serial;

    private static readonly string[] Kinds =
        ["生产基地", "产业园", "智能工厂", "研发中心", "扩能项目", "总部基地", "创新中心", "产业化项目"];
    private static readonly string[] Investors = ["科技", "智能", "新材料", "装备", "电子", "生物", "能源", "实业"];
    private static readonly string[] Countries = ["日本", "韩国", "德国", "新加坡", "美国", "中国香港", "法国"];

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var districts = units.Where(u => u.Kind == UnitKind.District).OrderBy(u => u.SortOrder).ToList();
        var parks = units.Where(u => u.Kind == UnitKind.Park).ToList();
        var departments = units.Where(u => u.Kind == UnitKind.Department).ToList();
        var chains = await db.Chains.AsNoTracking().OrderBy(c => c.SortOrder).ToListAsync(ct);
        var programmeChains = chains.Where(c => c.IsProgrammeChain && !c.IsPlaceholder).ToList();
        var now = db.Time.GetUtcNow();

        var leaders = Enumerable.Range(1, 12).Select(i => new Leader
        {
            Name = $"（演示）市领导{(char)('甲' + i - 1)}", Title = i <= 2 ? "副市长" : "市政府党组成员", SortOrder = i,
        }).ToList();
        db.Leaders.AddRange(leaders);
        await db.SaveChangesAsync(ct);

        // The construction-class key projects, the named four first.
        var key = new List<Project>();
        (string Name, string Investor, string District, string Chain, decimal Yi)[] named =
        [
            ("青岛京东方光电科技有限公司 移动显示模组项目", "京东方科技集团股份有限公司", "370211", "新型显示", 81m),
            ("海尔卡奥斯工业互联网生态园", "海尔集团公司", "370281", "智能家电", 100m),
            ("奇瑞汽车青岛基地", "奇瑞汽车股份有限公司", "370215", "新能源汽车", 130m),
            ("青岛虚拟现实产业园 整机和光学模组项目", "（演示）虚拟现实整机企业", "370212", "虚拟现实", 20m),
        ];
        foreach (var n in named)
        {
            var p = NewProject(n.Name, districts.Single(d => d.Code == n.District), chains.Single(c => c.Name == n.Chain), n.Yi * 10_000m, now);
            p.InvestorName = n.Investor;
            key.Add(p);
        }
        for (var i = key.Count; i < ConstructionCount; i++)
        {
            var district = districts[_rng.Next(districts.Count)];
            var chain = i < ChainProjectCount ? programmeChains[_rng.Next(programmeChains.Count)] : null;
            key.Add(NewProject(null, district, chain, 0, now));
        }
        Scale(key.Skip(named.Length).ToList(), KeyTotalWan - named.Sum(n => n.Yi * 10_000m), 0.6);

        foreach (var p in key)
        {
            var signed = new DateOnly(year - 1 - _rng.Next(3), 1 + _rng.Next(12), 1 + _rng.Next(28));
            Advance(p, ProjectStage.Signed, signed, now);
            Advance(p, ProjectStage.Registered, signed.AddDays(20 + _rng.Next(60)), now);
            Advance(p, ProjectStage.Started, signed.AddDays(90 + _rng.Next(200)), now);
            p.LeaderId = leaders[_rng.Next(leaders.Count)].Id;
            p.ParkUnitId = p.ChainId is { } cid && _rng.NextDouble() < 0.3 ? parks[_rng.Next(parks.Count)].Id : null;
            p.ResponsibleUnitId = departments[_rng.Next(departments.Count)].Id;
            p.ProjectCode = NewProjectCode(signed, units.Single(u => u.Id == p.OwnerUnitId).RegionCode ?? "370200");
        }
        db.Projects.AddRange(key);
        await db.SaveChangesAsync(ct);

        var keyProjects = key.Select(p => new KeyProject
        {
            ProjectId = p.Id, Year = year, Class = KeyProjectClass.Construction, OwnerUnitId = p.OwnerUnitId,
            PlannedInvestment = p.TotalInvestment * (decimal)(0.12 + _rng.NextDouble() * 0.16),
        }).ToList();
        ScalePlans(keyProjects, KeyPlanWan);
        db.KeyProjects.AddRange(keyProjects);

        // Preparation class: signed or negotiating, not yet building.
        var preparation = new List<Project>();
        for (var i = 0; i < PreparationCount; i++)
        {
            var p = NewProject(null, districts[_rng.Next(districts.Count)], programmeChains[_rng.Next(programmeChains.Count)], 0, now);
            preparation.Add(p);
        }
        Scale(preparation, 26_000_000m, 0.5);
        foreach (var p in preparation)
        {
            Advance(p, ProjectStage.Signed, new DateOnly(year - 1, 1 + _rng.Next(12), 1 + _rng.Next(28)), now);
        }
        db.Projects.AddRange(preparation);
        await db.SaveChangesAsync(ct);
        db.KeyProjects.AddRange(preparation.Select(p => new KeyProject
        {
            ProjectId = p.Id, Year = year, Class = KeyProjectClass.Preparation, OwnerUnitId = p.OwnerUnitId, PlannedInvestment = 0,
        }));

        var pipeline = Pipeline(districts, programmeChains, now);
        db.Projects.AddRange(pipeline);
        await db.SaveChangesAsync(ct);
        AddExpansionsAndDuplicate(key, now);

        db.LandingList.AddRange(pipeline.Where(p => p.Stage is ProjectStage.Signed or ProjectStage.Registered).Take(80)
            .Select(p => new LandingListEntry { ProjectId = p.Id, Year = year, OwnerUnitId = p.OwnerUnitId }));
        await db.SaveChangesAsync(ct);

        await MonthlyReportsAsync(keyProjects, districts, now, ct);
        Problems(key, departments);
        Targets(districts, programmeChains);
        Carriers(districts, parks);
        await db.SaveChangesAsync(ct);
    }

    private Project NewProject(string? name, Unit district, Chain? chain, decimal wan, DateTimeOffset now)
    {
        _serial++;
        var kind = Kinds[_rng.Next(Kinds.Length)];
        var investorStem = chain?.Name ?? "现代产业";
        var investor = $"（演示）青岛{investorStem}{Investors[_rng.Next(Investors.Length)]}有限公司{_serial:000}";
        return new Project
        {
            Name = name ?? $"（演示）{district.Name}{investorStem}{kind} {_serial:000}",
            OwnerUnitId = district.Id, ChainId = chain?.Id, TotalInvestment = wan, InvestorName = investor,
            InvestorUscc = NewUscc(district.RegionCode ?? "370200"), Stage = ProjectStage.Lead, IsDemo = true,
            CreatedOn = new DateOnly(year - 3, 1, 1), CreatedAt = now, UpdatedAt = now,
        };
    }

    private void Advance(Project p, ProjectStage to, DateOnly on, DateTimeOffset now)
    {
        var problem = StageRules.Move(p, to, on, new DateOnly(year, 12, 31), "demo", now);
        if (problem is not null)
        {
            throw new InvalidOperationException(problem);
        }
    }

    /// <summary>Spreads a total over projects with a long tail (a few big ones, many mid-sized),
    /// in whole 100 万元, landing exactly on the total.</summary>
    private void Scale(List<Project> projects, decimal total, double sigma)
    {
        var weights = projects.Select(_ => Math.Exp(sigma * Normal())).ToList();
        var sum = weights.Sum();
        for (var i = 0; i < projects.Count; i++)
        {
            projects[i].TotalInvestment = Math.Max(500m, Math.Round((decimal)(weights[i] / sum) * total / 100m) * 100m);
        }
        projects.MaxBy(p => p.TotalInvestment)!.TotalInvestment += total - projects.Sum(p => p.TotalInvestment);
    }

    private static void ScalePlans(List<KeyProject> plans, decimal total)
    {
        var sum = plans.Sum(k => k.PlannedInvestment ?? 0m);
        foreach (var k in plans)
        {
            k.PlannedInvestment = Math.Round((k.PlannedInvestment ?? 0m) / sum * total / 10m) * 10m;
        }
        plans.MaxBy(k => k.PlannedInvestment)!.PlannedInvestment += total - plans.Sum(k => k.PlannedInvestment ?? 0m);
    }

    private double Normal() => Math.Sqrt(-2 * Math.Log(1 - _rng.NextDouble())) * Math.Cos(2 * Math.PI * _rng.NextDouble());

    /// <summary>Leads, negotiations and the year's signings, including big ones and investors with flags.</summary>
    private List<Project> Pipeline(List<Unit> districts, List<Chain> programmeChains, DateTimeOffset now)
    {
        var list = new List<Project>();
        for (var i = 0; i < 230; i++)
        {
            var chain = i % 9 == 0 ? null : programmeChains[_rng.Next(programmeChains.Count)];
            var p = NewProject(null, districts[_rng.Next(districts.Count)], chain, 0, now);
            var yi = i < 14 ? 50 + _rng.Next(120) : i < 140 ? 5 + _rng.Next(40) : 1 + _rng.Next(5);
            p.TotalInvestment = yi * 10_000m;
            p.CreatedOn = new DateOnly(year - 1, 6 + _rng.Next(6), 1 + _rng.Next(28));
            p.Origin = (ProjectOrigin)(i % 4);
            if (p.Origin == ProjectOrigin.Referral)
            {
                p.ReferrerKind = i % 8 == 1 ? ReferrerKind.Firm : ReferrerKind.Person;
                p.ReferrerName = p.ReferrerKind == ReferrerKind.Firm ? "（演示）链主企业引荐" : "（演示）社会化招商引荐人";
                p.ReferrerRegisteredOn = p.CreatedOn;
            }
            if (i % 11 == 0)
            {
                p.IsFortune500 = true;
            }
            if (i % 10 == 3)
            {
                p.IsForeignInvested = true;
                p.InvestorCountry = Countries[_rng.Next(Countries.Length)];
                p.ForeignCapital = Math.Round(p.TotalInvestment / 7.1m / 10m) * 10m;
            }
            var signedOn = new DateOnly(year, 1 + _rng.Next(lastMonth), 1 + _rng.Next(28));
            if (i < 170)
            {
                Advance(p, ProjectStage.Negotiating, p.CreatedOn.AddDays(10), now);
                Advance(p, ProjectStage.Signed, signedOn, now);
                if (i % 3 == 0)
                {
                    Advance(p, ProjectStage.Registered, signedOn.AddDays(15), now);
                }
                if (i < 14 && i % 2 == 0)
                {
                    Advance(p, ProjectStage.Started, signedOn.AddDays(30), now);
                }
            }
            else if (i < 200)
            {
                Advance(p, ProjectStage.Negotiating, p.CreatedOn.AddDays(20), now);
            }
            list.Add(p);
        }
        return list;
    }

    private void AddExpansionsAndDuplicate(List<Project> key, DateTimeOffset now)
    {
        foreach (var parent in key.Take(3))
        {
            var e = NewProject($"{parent.Name} 二期扩建", new Unit { Id = parent.OwnerUnitId, Code = "", Name = "" }, null, 150_000m, now);
            e.ChainId = parent.ChainId;
            e.InvestorName = parent.InvestorName;
            e.InvestorUscc = parent.InvestorUscc;
            e.ExpansionOfId = parent.Id;
            e.Name = $"{parent.Name} 二期扩建";
            Advance(e, ProjectStage.Signed, new DateOnly(year, 4, 18), now);
            db.Projects.Add(e);
        }
    }

    private async Task MonthlyReportsAsync(List<KeyProject> keyProjects, List<Unit> districts, DateTimeOffset now, CancellationToken ct)
    {
        var periods = Enumerable.Range(2, lastMonth - 1).Select(m => new ReportingPeriod
        {
            Year = year, Month = m, DueOn = new DateOnly(year, m, 1).AddMonths(1).AddDays(9),
            State = m < lastMonth ? PeriodState.Closed : PeriodState.Open, OpenedAt = now,
        }).ToList();
        db.ReportingPeriods.AddRange(periods);
        await db.SaveChangesAsync(ct);

        var late = districts.Single(d => d.Code == LateDistrict).Id;
        var lagging = districts.Single(d => d.Code == LaggingDistrict).Id;
        foreach (var k in keyProjects)
        {
            // Most projects run near time progress; one in eight lags badly (red), a few run ahead.
            var pace = k.OwnerUnitId == lagging ? 0.45 + _rng.NextDouble() * 0.25 : _rng.NextDouble() switch
            {
                < 0.125 => 0.35 + _rng.NextDouble() * 0.3,
                < 0.3 => 0.75 + _rng.NextDouble() * 0.2,
                < 0.9 => 0.95 + _rng.NextDouble() * 0.15,
                _ => 1.15 + _rng.NextDouble() * 0.2
            };
            var before = 0m;
            foreach (var period in periods)
            {
                var last = period.Month == lastMonth;
                if (last && (k.OwnerUnitId == late || _rng.NextDouble() < 0.04))
                {
                    continue;
                }
                var cumulative = Math.Round((k.PlannedInvestment ?? 0m) * (decimal)(pace * period.Month / 12.0), 1);
                db.MonthlyReports.Add(new MonthlyReport
                {
                    KeyProjectId = k.Id, PeriodId = period.Id, OwnerUnitId = k.OwnerUnitId, Completed = Math.Max(0, cumulative - before),
                    PhysicalProgress = period.Month < 5 ? "主体施工" : period.Month < 8 ? "设备安装" : "调试试产",
                    State = last ? (_rng.NextDouble() < 0.5 ? ReportState.Submitted : ReportState.Reviewed) : ReportState.Accepted,
                    SubmittedAt = now, SubmittedBy = "demo", AcceptedAt = last ? null : now,
                });
                before = Math.Max(before, cumulative);
            }
        }
        await db.SaveChangesAsync(ct);
    }

    private void Problems(List<Project> key, List<Unit> departments)
    {
        string[] titles =
        [
            "用地指标未落实", "施工许可办理滞后", "电力增容接入", "环评批复待审",
            "融资未到位", "配套道路未完工", "人才公寓需求", "能耗指标紧张"
        ];
        for (var i = 0; i < 40; i++)
        {
            var p = key[_rng.Next(key.Count)];
            var raised = new DateOnly(year, 3 + _rng.Next(lastMonth - 2), 1 + _rng.Next(28));
            var state = i < 16 ? ProblemState.Resolved : i < 22 ? ProblemState.Answered : i < 25 ? ProblemState.Escalated : ProblemState.Open;
            db.Problems.Add(new Problem
            {
                ProjectId = p.Id, OwnerUnitId = p.OwnerUnitId, Title = titles[i % titles.Length], Detail = "（演示）需协调解决",
                AssignedUnitId = departments[_rng.Next(departments.Count)].Id, RaisedOn = raised,
                // Some due before the end of the demo period: overdue when still open.
                DueOn = raised.AddDays(i % 3 == 0 ? 20 : 90), State = state, RaisedBy = "demo",
                ResolvedOn = state == ProblemState.Resolved ? raised.AddDays(15) : null,
                Answer = state is ProblemState.Answered or ProblemState.Resolved ? "（演示）已协调，正在办理" : null,
            });
        }
    }

    private void Targets(List<Unit> districts, List<Chain> chains)
    {
        for (var i = 0; i < 40; i++)
        {
            var chain = chains[i % chains.Count];
            db.AttractionTargets.Add(new AttractionTarget
            {
                Year = year, Name = $"（演示）{chain.Name}目标企业 {i + 1:00}", ChainId = chain.Id,
                Country = i % 4 == 0 ? Countries[_rng.Next(Countries.Length)] : "中国",
                ExpectedInvestment = (5 + _rng.Next(60)) * 10_000m, OwnerUnitId = districts[_rng.Next(districts.Count)].Id,
                Note = "链上关键环节，补链",
            });
        }
    }

    private void Carriers(List<Unit> districts, List<Unit> parks)
    {
        for (var i = 0; i < 30; i++)
        {
            var kind = (CarrierKind)(i % 3);
            var district = districts[_rng.Next(districts.Count)];
            db.Carriers.Add(new Carrier
            {
                Name = $"（演示）{district.Name}{(kind == CarrierKind.Land ? "工业用地" : kind == CarrierKind.Building ? "专业楼宇" : "标准厂房")} {i + 1:00}",
                Kind = kind, OwnerUnitId = district.Id, ParkUnitId = i % 4 == 0 ? parks[_rng.Next(parks.Count)].Id : null,
                Location = $"{district.Name}（演示地址）", AreaMu = kind == CarrierKind.Land ? 20 + _rng.Next(300) : null,
                AreaSquareMetres = kind == CarrierKind.Land ? null : 5_000 + _rng.Next(60_000),
                Availability = (CarrierAvailability)(i % 5 == 4 ? 2 : i % 5 == 3 ? 1 : 0),
                AvailableFrom = new DateOnly(year, 1 + _rng.Next(12), 1), Contact = "（演示）招商服务中心",
            });
        }
    }

    private string NewUscc(string region)
    {
        // An organisation code with a valid GB 11714 check, then the GB 32100 check character.
        int[] w = [3, 7, 9, 10, 5, 8, 4, 2];
        var digits = Enumerable.Range(0, 8).Select(_ => _rng.Next(10)).ToArray();
        var c = 11 - (digits.Select((d, i) => d * w[i]).Sum() % 11);
        var org = string.Concat(digits) + (c == 10 ? "X" : c == 11 ? "0" : c.ToString(CultureInfo.InvariantCulture));
        var first17 = "91" + region + org;
        return first17 + Uscc.ComputeCheckChar(first17);
    }

    private string NewProjectCode(DateOnly signed, string region)
    {
        string code;
        do
        {
            code = $"{signed:yyMM}-{region}-04-01-{_rng.Next(1_000_000):000000}";
        }
        while (!_codes.Add(code));
        return code;
    }
}
