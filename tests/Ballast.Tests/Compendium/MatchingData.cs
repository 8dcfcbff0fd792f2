using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Compendium;

/// <summary>Ten firms and one policy, worked by hand. The policy is written straight to the database: the compendium's own save
/// path is built beside matching. Its conditions go through the API (the conditions save path):
/// in 西海岸新区 or 城阳区; 2022 revenue at least 2,000 万元; a valid 小巨人 or 省专精特新; above designated size.</summary>
public static class MatchingData
{
    public sealed record Firm(string Name, string Uscc, string District, decimal? Revenue2022, bool HasYear, string? Kind, DateOnly? KindExpires, bool Above);

    public static readonly DateOnly Day = new(2023, 6, 30);

    public static List<Firm> Firms(string tag, int seed)
    {
        string U(string region, int n) => Uscc(region, seed + n);
        var valid = new DateOnly(2025, 12, 31);
        return
        [
            new($"甲{tag}", U("370211", 1), "370211", 3000m, true, "little-giant", valid, true),
            new($"乙{tag}", U("370214", 2), "370214", 2000m, true, "srdi-provincial", valid, true),
            new($"丙{tag}", U("370211", 3), "370211", null, true, "little-giant", valid, true),
            new($"丁{tag}", U("370211", 4), "370211", 1999.99m, true, "little-giant", valid, true),
            new($"戊{tag}", U("370213", 5), "370213", 5000m, true, "little-giant", valid, true),
            new($"己{tag}", U("370214", 6), "370214", 4000m, true, "little-giant", Day.AddDays(-1), true),
            new($"庚{tag}", U("370211", 7), "370211", 2500m, true, null, null, true),
            new($"辛{tag}", U("370214", 8), "370214", 2500m, true, "srdi-provincial", valid, false),
            new($"壬{tag}", U("370211", 9), "370211", 8000m, true, "srdi-provincial", null, true),
            new($"癸{tag}", U("370214", 10), "370214", null, false, "little-giant", valid, true),
        ];
    }

    /// <summary>Names of the firms that qualify, and of those that need checking (revenue not reported).</summary>
    public static (string[] Eligible, string[] Check) Expected(string tag, string? district = null)
    {
        string[] eligible = [$"甲{tag}", $"乙{tag}", $"壬{tag}"];
        string[] check = [$"丙{tag}", $"癸{tag}"];
        var firms = Firms(tag, 0).ToDictionary(f => f.Name, f => f.District);
        return ([.. eligible.Where(n => district is null || firms[n] == district)], [.. check.Where(n => district is null || firms[n] == district)]);
    }

    public static object Conditions(int version) => new
    {
        version,
        conditions = new object[]
        {
            new { kind = "Region", @operator = "In", values = new[] { "370211", "370214" }, label = "注册在西海岸新区、城阳区" },
            new { kind = "Figure", @operator = "AtLeast", field = "Revenue", threshold = 2000, yearOffset = -1, label = "上年度营业收入不低于2000万元" },
            new { kind = "Designation", @operator = "In", values = new[] { "little-giant", "srdi-provincial" } },
            new { kind = "AboveScale", @operator = "IsTrue" },
        },
    };

    public static Task<int> ArrangeAsync(BallastFactory f, string tag, int seed) => f.WithDbAsync(async db =>
    {
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id);
        foreach (var x in Firms(tag, seed))
        {
            var e = new Enterprise { Name = x.Name, Uscc = x.Uscc, OwnerUnitId = units[x.District], IsAboveScale = x.Above, IndustryDivisionCode = "39",
                ContactName = "联系人" + x.Name, ContactPhone = "0532-8000" + x.Uscc[^4..] };
            db.Enterprises.Add(e);
            await db.SaveChangesAsync();
            if (x.HasYear)
            {
                db.EnterpriseYears.Add(new EnterpriseYear { EnterpriseId = e.Id, Year = 2022, Revenue = x.Revenue2022, Employees = 50, Source = "统计局年报",
                    OwnerUnitId = units[x.District] });
            }
            if (x.Kind is { } kind)
            {
                db.Designations.Add(new Designation { KindCode = kind, EnterpriseId = e.Id, Year = 2021, ExpiresOn = x.KindExpires,
                    OwnerUnitId = units["dept-miit"],
                    DistrictUnitId = units[x.District] });
            }
        }
        var policy = new Policy { Code = $"MT{seed}", Title = $"支持专精特新企业发展若干措施{tag}", DocumentNumber = "青工信发〔2023〕9号",
            Issuer = "青岛市工业和信息化局", Level = PolicyLevel.City,
            Kind = PolicyKind.General, Status = PolicyStatus.InForce, EffectiveOn = new DateOnly(2023, 1, 1), ExpiresOn = new DateOnly(2025, 12, 31),
            OwnerUnitId = units["dept-miit"] };
        db.Policies.Add(policy);
        await db.SaveChangesAsync();
        return policy.Id;
    });
}
