using System.Globalization;
using Ballast.Web.Features.Compendium;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data.Generate;

/// <summary>Adds synthetic policies (marked 演示) for the search benchmark, each through <see cref="PolicySave"/> — the
/// compendium's one save path, so every rule, the audit and the search index apply — the same from the same seed.
/// About one in twelve is a district's and one in twenty a park's; titles, 文号 and full texts (about 2,000
/// characters) are built from <see cref="PolicyWords"/>.</summary>
public sealed class PolicyGenerator(IServiceProvider services, int seed, TextWriter output)
{
    public async Task<int> RunAsync(int count)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var save = services.GetRequiredService<PolicySave>();
        var draw = new Draws(seed);
        var areas = await db.Units.AsNoTracking().Where(u => u.Kind == UnitKind.District || u.Kind == UnitKind.Park)
            .OrderBy(u => u.Id).Select(u => new { u.Id, u.Name, u.Kind }).ToListAsync();
        var districts = areas.Where(a => a.Kind == UnitKind.District).ToList();
        var parks = areas.Where(a => a.Kind == UnitKind.Park).ToList();
        var serial = await db.Policies.IgnoreQueryFilters().CountAsync();
        for (var i = 0; i < count; i++)
        {
            serial++;
            var (level, area) = draw.Chance(1 / 12.0) && districts.Count > 0 ? (PolicyLevel.District, draw.Pick(districts))
                : draw.Chance(1 / 20.0) && parks.Count > 0 ? (PolicyLevel.Park, draw.Pick(parks)) : (PolicyLevel.City, null);
            var (issuer, prefix) = area is null ? draw.Pick(PolicyWords.CityIssuers) : ($"{area.Name}管理机构", "区管发");
            var input = Draw(draw, serial, level, area?.Id, issuer, prefix);
            var result = await save.CreateAsync(input, isDemo: true);
            if (result.Policy is null)
            {
                throw new InvalidOperationException($"generated policy refused ({input.Title}): {result.Errors.FirstOrDefault().Message}");
            }
            // Each save is its own transaction; clearing keeps the tracker, and with it every save, small.
            db.ChangeTracker.Clear();
            if ((i + 1) % 1000 == 0)
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {i + 1:N0} policies"));
            }
        }
        return count;
    }

    private static PolicyInput Draw(Draws draw, int serial, PolicyLevel level, int? area, string issuer, string prefix)
    {
        var field = draw.Pick(PolicyWords.Fields);
        var theme = draw.Pick(PolicyWords.Themes);
        var year = draw.Between(2016, 2023);
        var on = draw.Date(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var summary = $"支持{field}产业{theme}，对符合条件的企业{draw.Pick(PolicyWords.Supports)}。";
        var articles = new List<string> { $"第一条 为推动{field}产业{theme}，结合本市实际，制定本政策。" };
        while (articles.Sum(a => a.Length) < 2000)
        {
            var text = draw.Chance(0.5) ? $"对{draw.Pick(PolicyWords.Fields)}领域{draw.Pick(PolicyWords.Themes)}项目，{draw.Pick(PolicyWords.Supports)}。"
                : draw.Pick(PolicyWords.Clauses);
            articles.Add($"第{articles.Count + 1}条 {text}");
        }
        return new PolicyInput
        {
            Title = $"关于支持{field}{theme}的{draw.Pick(PolicyWords.Forms)}（第{serial}号）", Issuer = issuer, Level = level, AreaUnitId = area,
            DocumentNumber = string.Create(CultureInfo.InvariantCulture, $"{prefix}〔{year}〕{serial}号"),
            Kind = draw.Chance(0.6) ? PolicyKind.General : PolicyKind.Targeted, EffectiveOn = on,
            ExpiresOn = draw.Chance(0.4) ? on.AddYears(draw.Between(1, 5)) : null, Summary = summary, FullText = string.Join('\n', articles),
            IsPublished = draw.Chance(0.7),
        };
    }
}
