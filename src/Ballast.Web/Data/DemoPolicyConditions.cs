using System.Globalization;
using Ballast.Web.Features.Compendium;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

/// <summary>The demo's eligibility conditions, saved through <see cref="ConditionSave"/>, so that matching has something to
/// show on the demo registry: designations for the 专精特新 reward, division and chain for the targeted ones, region for the
/// districts', the park for the park's, a threshold on last year's revenue where a policy sets one.</summary>
public static class DemoPolicyConditions
{
    public static async Task SeedAsync(IServiceProvider sp, IReadOnlyDictionary<string, Policy> policies)
    {
        var db = sp.GetRequiredService<AppDbContext>();
        var save = sp.GetRequiredService<ConditionSave>();
        var chains = await db.Chains.AsNoTracking().ToDictionaryAsync(c => c.Name, c => c.Code);
        var park = await db.Units.AsNoTracking().Where(u => u.Code == "park-01").Select(u => u.Id).SingleAsync();
        ConditionInput Chain(string name) => new() { Kind = ConditionKind.Chain, Operator = ConditionOperator.In, Values = [chains[name]] };
        ConditionInput Of(ConditionKind kind, params string[] values) => new() { Kind = kind, Operator = ConditionOperator.In, Values = [.. values] };
        ConditionInput Revenue(decimal atLeast) =>
            new() { Kind = ConditionKind.Figure, Operator = ConditionOperator.AtLeast, Field = "Revenue", Threshold = atLeast, YearOffset = -1 };
        var aboveScale = new ConditionInput { Kind = ConditionKind.AboveScale, Operator = ConditionOperator.IsTrue };
        var plans = new Dictionary<string, List<ConditionInput>>
        {
            ["青工信字〔2023〕12号"] = [Of(ConditionKind.Designation, "little-giant", "srdi-provincial")],
            ["青政办发〔2023〕11号"] = [Of(ConditionKind.Industry, "39"), Chain("集成电路"), aboveScale],
            ["青工信字〔2023〕7号"] = [Chain("虚拟现实"), Revenue(500)],
            ["青政办发〔2023〕15号"] = [Of(ConditionKind.Industry, "36", "38"), Chain("新能源汽车"), Revenue(2000)],
            ["青西新管发〔2023〕3号"] = [Of(ConditionKind.Region, "370211"), aboveScale],
            ["即政发〔2023〕6号"] = [Of(ConditionKind.Region, "370215"), Of(ConditionKind.Industry, "17", "18")],
            ["虚园发〔2023〕1号"] = [Of(ConditionKind.Park, park.ToString(CultureInfo.InvariantCulture)), Chain("虚拟现实")],
        };
        foreach (var (number, conditions) in plans)
        {
            var policy = policies[number];
            var version = await db.Policies.AsNoTracking().Where(p => p.Id == policy.Id).Select(p => p.Version).SingleAsync();
            var result = await save.SaveAsync(policy.Id, new ConditionList { Version = version, Conditions = conditions });
            if (result.Errors.Count > 0)
            {
                throw new InvalidOperationException($"Demo conditions of {number}: {result.Errors[0].Message}");
            }
        }
    }
}
