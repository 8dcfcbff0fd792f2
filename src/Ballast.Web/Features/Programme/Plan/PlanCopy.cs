using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;
using Ballast.Web.Common.Tracking;

namespace Ballast.Web.Features.Programme;

/// <summary>Next year starts from this year's plan: battles, tasks and indicators with their units,
/// weights and rules are copied for the office to edit; nothing is reported yet, milestones carry
/// no deadline until one is set.</summary>
public static class PlanCopy
{
    public static async Task<Plan?> CopyForwardAsync(AppDbContext db, int year)
    {
        var source = await db.Plans.AsNoTracking()
            .Include(p => p.Battles).ThenInclude(b => b.Tasks)
            .Include(p => p.Battles).ThenInclude(b => b.Indicators).ThenInclude(i => i.Supporting)
            .SingleOrDefaultAsync(p => p.Year == year);
        if (source is null || await db.Plans.AnyAsync(p => p.Year == year + 1))
        {
            return null;
        }
        var next = year + 1;
        var plan = new Plan
        {
            Year = next,
            Title = source.Title.Replace(
                year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                next.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StringComparison.Ordinal),
            TitleEn = source.TitleEn?.Replace(
                year.ToString(System.Globalization.CultureInfo.InvariantCulture),
                next.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StringComparison.Ordinal),
            IssuedBy = source.IssuedBy,
        };
        foreach (var b in source.Battles.OrderBy(b => b.SortOrder))
        {
            var battle = new Battle
            {
                Code = b.Code, Name = b.Name, NameEn = b.NameEn, Slogan = b.Slogan, SloganEn = b.SloganEn, SortOrder = b.SortOrder, Weight = b.Weight
            };
            var tasks = b.Tasks.ToDictionary(t => t.Id, t => new PlanTask
            {
                Code = t.Code, Name = t.Name, NameEn = t.NameEn, LeadUnitId = t.LeadUnitId, Weight = t.Weight, SortOrder = t.SortOrder,
            });
            battle.Tasks.AddRange(tasks.Values);
            battle.Indicators.AddRange(b.Indicators.Select(i => new Indicator
            {
                Code = i.Code, Name = i.Name, NameEn = i.NameEn, Kind = i.Kind, Unit = i.Unit, Target = i.Target, Comparator = i.Comparator,
                TargetText = i.TargetText, TargetTextEn = i.TargetTextEn, IsHeadline = i.IsHeadline, SortOrder = i.SortOrder,
                Task = i.TaskId is { } tid && tasks.TryGetValue(tid, out var task) ? task : null, LeadUnitId = i.LeadUnitId, Weight = i.Weight,
                ComputedRule = i.ComputedRule, IsCumulative = i.IsCumulative, Baseline = i.Baseline,
                // A deadline belongs to its year; a milestone gets next year's end until the office sets one.
                Deadline = i.Deadline?.AddYears(1),
                Supporting = [.. i.Supporting.Select(s => new IndicatorSupport { UnitId = s.UnitId })],
            }));
            plan.Battles.Add(battle);
        }
        db.Plans.Add(plan);
        var thresholds = await db.StatusThresholds.AsNoTracking().SingleOrDefaultAsync(t => t.Year == year);
        if (!await db.StatusThresholds.AnyAsync(t => t.Year == next))
        {
            db.StatusThresholds.Add(new StatusThresholds { Year = next, GreenFrom = thresholds?.GreenFrom ?? 0m, RedBelow = thresholds?.RedBelow ?? -30m });
        }
        await db.SaveChangesAsync();
        return plan;
    }
}
