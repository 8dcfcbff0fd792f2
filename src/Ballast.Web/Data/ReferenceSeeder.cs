using System.Text.Json;
using System.Text.Json.Serialization;
using Ballast.Web.Common.Codes;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Reference;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Data;

/// <summary>Loads the reference data a city starts with (regions, industry classifications,
/// chains, units, the year's plan) from the JSON files in Data/Seed. Each table is filled only
/// while it is empty: after that the data belongs to the administrators who edit it.</summary>
public static partial class ReferenceSeeder
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        var city = Read<CitySeed>("qingdao-2023.json");

        if (!await db.Regions.AnyAsync(ct))
        {
            db.Regions.AddRange(city.Regions.Select((r, i) => new Region
            {
                Code = r.Code, Name = r.Name, NameEn = r.NameEn, ParentCode = r.Parent, Level = RegionCode.LevelOf(r.Code),
                IsRetired = r.Retired, SuccessorCode = r.Successor, Note = r.Note, SortOrder = i,
            }));
        }
        if (!await db.IndustrySections.AnyAsync(ct))
        {
            foreach (var s in Read<List<SectionSeed>>("industries-gbt4754-2017.json"))
            {
                db.IndustrySections.Add(new IndustrySection
                {
                    Code = s.Code, Name = s.Name, NameEn = s.NameEn,
                    Divisions = [.. s.Divisions.Select(d => new IndustryDivision { Code = d.Code, Name = d.Name, NameEn = d.NameEn, SectionCode = s.Code })],
                });
            }
        }
        if (!await db.EmergingAreas.AnyAsync(ct))
        {
            db.EmergingAreas.AddRange(Read<List<NamedSeed>>("strategic-emerging-2018.json")
                .Select(a => new EmergingArea { Code = a.Code, Name = a.Name, NameEn = a.NameEn }));
        }
        if (!await db.IndustryGroups.AnyAsync(ct))
        {
            var groups = city.Groups.Select((g, i) => new IndustryGroup { Code = g.Code, Name = g.Name, NameEn = g.NameEn, SortOrder = i }).ToList();
            db.IndustryGroups.AddRange(groups);
            db.Chains.AddRange(city.Chains.Select((c, i) => new Chain
            {
                Code = $"chain-{i + 1:00}", Name = c.Name, NameEn = c.NameEn, Group = groups.SingleOrDefault(g => g.Code == c.Group),
                IsProgrammeChain = c.Programme, IsPlaceholder = c.Placeholder, SortOrder = i,
            }));
        }
        await db.SaveChangesAsync(ct);

        if (!await db.Units.AnyAsync(ct))
        {
            // Parents come before children in the file, so one pass resolves them.
            var byCode = new Dictionary<string, Unit>(StringComparer.Ordinal);
            foreach (var (u, i) in city.Units.Select((u, i) => (u, i)))
            {
                var unit = new Unit
                {
                    Code = u.Code, Name = u.Name, NameEn = u.NameEn, Kind = u.Kind, RegionCode = u.Region, SortOrder = i,
                    Parent = u.Parent is null ? null : byCode[u.Parent],
                };
                byCode[u.Code] = unit;
                db.Units.Add(unit);
            }
            await db.SaveChangesAsync(ct);
        }

        if (!await db.Plans.AnyAsync(p => p.Year == city.Plan.Year, ct))
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, ct);
            var plan = new Plan { Year = city.Plan.Year, Title = city.Plan.Title, TitleEn = city.Plan.TitleEn, IssuedBy = city.Plan.IssuedBy };
            foreach (var (b, bi) in city.Plan.Battles.Select((b, i) => (b, i)))
            {
                var battle = new Battle { Code = b.Code, Name = b.Name, NameEn = b.NameEn, Slogan = b.Slogan, SloganEn = b.SloganEn, SortOrder = bi };
                battle.Tasks.AddRange(b.Tasks.Select((t, ti) => new PlanTask
                {
                    Code = t.Code, Name = t.Name, NameEn = t.NameEn, SortOrder = ti, LeadUnitId = t.Lead is null ? null : units[t.Lead],
                }));
                battle.Indicators.AddRange(b.Indicators.Select((x, xi) => new Indicator
                {
                    Code = x.Code, Name = x.Name, NameEn = x.NameEn, Kind = x.Kind, Unit = x.Unit, Target = x.Target,
                    Comparator = x.Comparator, TargetText = x.TargetText, TargetTextEn = x.TargetTextEn,
                    Deadline = x.Deadline, IsHeadline = x.Headline, SortOrder = xi, Task = battle.Tasks.SingleOrDefault(t => t.Code == x.Task),
                    LeadUnitId = x.Lead is null ? null : units[x.Lead], ComputedRule = x.Computed, IsCumulative = x.Cumulative,
                    Supporting = [.. (x.Supporting ?? []).Select(code => new IndicatorSupport { UnitId = units[code] })],
                }));
                plan.Battles.Add(battle);
            }
            db.Plans.Add(plan);
            await db.SaveChangesAsync(ct);
        }
        if (!await db.StatusThresholds.AnyAsync(t => t.Year == city.Plan.Year, ct))
        {
            db.StatusThresholds.Add(new StatusThresholds { Year = city.Plan.Year });
            await db.SaveChangesAsync(ct);
        }
        await SeedEnterpriseReferenceAsync(db, ct);
        await ComputeServiceIndicatorsAsync(db, ct);
        await Features.Parks.PerMuExamples.SeedAsync(db, ct);
    }

    private static T Read<T>(string file)
    {
        using var stream = typeof(ReferenceSeeder).Assembly.GetManifestResourceStream($"Ballast.Web.Data.Seed.{file}")
            ?? throw new InvalidOperationException($"Seed file {file} is not embedded.");
        return JsonSerializer.Deserialize<T>(stream, Options) ?? throw new InvalidOperationException($"Seed file {file} is empty.");
    }

    private sealed record NamedSeed(string Code, string Name, string? NameEn);
    private sealed record SectionSeed(string Code, string Name, string? NameEn, List<NamedSeed> Divisions);
    private sealed record RegionSeed(string Code, string Name, string? NameEn, string? Parent, bool Retired, string? Successor, string? Note);
    private sealed record ChainSeed(string Name, string? NameEn, string? Group, bool Placeholder, bool Programme = true);
    private sealed record UnitSeed(string Code, string Name, string? NameEn, UnitKind Kind, string? Parent, string? Region);
    private sealed record IndicatorSeed(string Code, string Name, string? NameEn, IndicatorKind Kind, string? Unit, decimal? Target,
        TargetComparator Comparator, string? TargetText, string? TargetTextEn, DateOnly? Deadline, bool Headline,
        string? Task, string? Lead, string? Computed, List<string>? Supporting, bool Cumulative);
    private sealed record TaskSeed(string Code, string Name, string? NameEn, string? Lead);
    private sealed record BattleSeed(string Code, string Name, string? NameEn, string? Slogan, string? SloganEn, List<TaskSeed> Tasks, List<IndicatorSeed> Indicators);
    private sealed record PlanSeed(int Year, string Title, string? TitleEn, string? IssuedBy, List<BattleSeed> Battles);
    private sealed record CitySeed(List<RegionSeed> Regions, List<NamedSeed> Groups, List<ChainSeed> Chains, List<UnitSeed> Units, PlanSeed Plan);
}
