using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>A year's starting schemes, made the first time the office opens the assessment of a
/// year that has a plan and no scheme: districts are assessed on their key projects (the
/// key-investment indicator), departments on every indicator that has a lead unit, all at equal
/// weight until the office changes them. Written through the DbContext, so the creation is audited.</summary>
public static class AssessmentSeed
{
    public const string KeyInvestmentRule = "key-investment-ytd";
    public const decimal DistrictWeight = 100m;
    public const decimal DepartmentWeight = 10m;

    public static string DefaultName(UnitKind kind) => kind == UnitKind.District ? "区市考核方案" : "市直部门考核方案";

    public static async Task EnsureAsync(AppDbContext db, int year)
    {
        if (await db.AssessmentSchemes.AnyAsync(s => s.Year == year))
        {
            return;
        }
        var planId = await db.Plans.Where(p => p.Year == year).Select(p => (int?)p.Id).SingleOrDefaultAsync();
        var indicators = await db.Indicators.AsNoTracking()
            .Where(i => i.Battle!.PlanId == planId)
            .OrderBy(i => i.Battle!.SortOrder).ThenBy(i => i.SortOrder)
            .Select(i => new { i.Id, i.ComputedRule, i.LeadUnitId })
            .ToListAsync();
        if (indicators.Count == 0)
        {
            return;
        }
        db.AssessmentSchemes.Add(new AssessmentScheme
        {
            Year = year, UnitKind = UnitKind.District, Name = DefaultName(UnitKind.District),
            Items = [.. indicators
                .Where(i => i.ComputedRule == KeyInvestmentRule)
                .Select(i => new AssessmentItem { IndicatorId = i.Id, Weight = DistrictWeight })],
        });
        db.AssessmentSchemes.Add(new AssessmentScheme
        {
            Year = year, UnitKind = UnitKind.Department, Name = DefaultName(UnitKind.Department),
            Items = [.. indicators.Where(i => i.LeadUnitId is not null).Select(i => new AssessmentItem { IndicatorId = i.Id, Weight = DepartmentWeight })],
        });
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two office users opened the page at once: the other request made them.
            db.ChangeTracker.Clear();
        }
    }
}
