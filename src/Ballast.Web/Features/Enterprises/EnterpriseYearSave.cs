using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A firm's figures for a year, entered or corrected: one row per firm and year, owned by the unit
/// that entered it (the firm's district when it may write there, else the user's own unit). The size class
/// is computed from the figures by the sector's row of the size table; the firm's 规上 flag follows its
/// latest reported revenue where the sector has a line.</summary>
public sealed class EnterpriseYearSave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<RecordSave<EnterpriseYear>> SaveAsync(int enterpriseId, EnterpriseYearInput input)
    {
        var firm = await db.Enterprises.SingleOrDefaultAsync(e => e.Id == enterpriseId);
        if (firm is null)
        {
            return Saves.NotFound<EnterpriseYear>();
        }
        var errors = Check(input);
        if (errors.Count > 0)
        {
            return Saves.Invalid<EnterpriseYear>(errors);
        }
        var year = await db.EnterpriseYears.SingleOrDefaultAsync(y => y.EnterpriseId == enterpriseId && y.Year == input.Year);
        var owner = year?.OwnerUnitId ?? (scope.CanWrite(firm.OwnerUnitId) ? firm.OwnerUnitId : EnterpriseYearSave.OwnUnit(scope));
        if (!scope.CanWrite(owner))
        {
            return Saves.Forbidden<EnterpriseYear>("", "这些数据由填报单位维护，您不能修改");
        }
        if (year is null)
        {
            year = new EnterpriseYear { EnterpriseId = enterpriseId, Source = input.Source, OwnerUnitId = owner };
            db.EnterpriseYears.Add(year);
        }
        else
        {
            db.Entry(year).Property(y => y.Version).OriginalValue = input.Version;
        }
        input.ApplyTo(year);
        await ClassifyAsync(firm, year);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.EnterpriseYears.AsNoTracking().SingleAsync(y => y.EnterpriseId == enterpriseId && y.Year == input.Year);
            return new RecordSave<EnterpriseYear>(SaveOutcome.Conflict, null, [("", "该年度数据已被他人修改，您的修改未保存")], current);
        }
        return Saves.Saved<EnterpriseYear>(year);
    }

    /// <summary>The user's own unit (the first of their scope), which keeps what they enter for firms outside it.</summary>
    public static int OwnUnit(UserScope scope) => scope.UnitIds.Count > 0 ? scope.UnitIds[0] : 0;

    public List<(string Field, string Message)> Check(EnterpriseYearInput input)
    {
        var errors = InputRules.Validate(input, t);
        errors.AddRange(errors.Count == 0 ? EnterpriseYearRules.Check(input, CityTime.DateOf(db.Time.GetUtcNow())) : []);
        return errors;
    }

    /// <summary>Sets the year's size class and, when it is the firm's latest year with revenue, the 规上 flag.</summary>
    public async Task ClassifyAsync(Enterprise firm, EnterpriseYear year)
    {
        var rule = SizeClassifier.RuleFor(await db.SizeRules.AsNoTracking().ToListAsync(), firm.IndustryDivisionCode);
        year.SizeClass = rule is null ? null : SizeClassifier.Classify(rule, year.Employees, year.Revenue, year.TotalAssets);
        var later = await db.EnterpriseYears.AnyAsync(y => y.EnterpriseId == firm.Id && y.Year > year.Year && y.Revenue != null);
        if (!later && SizeClassifier.IsAboveScale(rule, year.Revenue) is { } above && scope.CanWrite(firm.OwnerUnitId))
        {
            firm.IsAboveScale = above;
        }
    }
}
