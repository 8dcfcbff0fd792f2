using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Putting a firm on the watch list and moving its entry on, the same for the page, the API and the demo.
/// The entry belongs to the firm's district; its park is the one the firm is in when it is listed.</summary>
public sealed class WatchSave(AppDbContext db, UserScope scope, Texts t)
{
    private const WatchMeasures AllMeasures = WatchMeasures.WaterPrice | WatchMeasures.PowerPrice | WatchMeasures.GasPrice
        | WatchMeasures.Land | WatchMeasures.Credit;

    public async Task<RecordSave<WatchEntry>> CreateAsync(WatchInput input)
    {
        var errors = Check(input);
        var firm = await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == input.EnterpriseId);
        if (firm is null)
        {
            return errors.Count > 0 ? Saves.Invalid<WatchEntry>(errors) : Saves.NotFound<WatchEntry>();
        }
        if (errors.Count == 0 && await db.WatchEntries.IgnoreQueryFilters()
                .AnyAsync(w => w.EnterpriseId == input.EnterpriseId && w.Reason == input.Reason && w.Year == input.Year))
        {
            errors.Add(("", "该企业已因同一原因列入当年的关注名单"));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<WatchEntry>(errors);
        }
        if (!scope.CanWrite(firm.OwnerUnitId))
        {
            return Saves.Forbidden<WatchEntry>("", "数据范围之外的记录不能修改");
        }
        var park = await db.ParkMemberships.AsNoTracking().Where(m => m.EnterpriseId == firm.Id && m.LeftOn == null)
            .OrderByDescending(m => m.EnteredOn).Select(m => (int?)m.ParkId).FirstOrDefaultAsync();
        var entry = new WatchEntry
        {
            EnterpriseId = firm.Id, ParkId = park, Reason = input.Reason, Year = input.Year, OwnerUnitId = firm.OwnerUnitId,
        };
        Apply(input, entry);
        db.WatchEntries.Add(entry);
        await db.SaveChangesAsync();
        return Saves.Saved(entry);
    }

    public async Task<RecordSave<WatchEntry>> UpdateAsync(int id, WatchInput input)
    {
        var entry = await db.WatchEntries.SingleOrDefaultAsync(w => w.Id == id);
        if (entry is null)
        {
            return Saves.NotFound<WatchEntry>();
        }
        var errors = Check(input);
        if (errors.Count > 0)
        {
            return Saves.Invalid<WatchEntry>(errors);
        }
        if (!scope.CanWrite(entry.OwnerUnitId))
        {
            return Saves.Forbidden<WatchEntry>("", "数据范围之外的记录不能修改");
        }
        db.Entry(entry).Property(w => w.Version).OriginalValue = input.Version;
        Apply(input, entry);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new RecordSave<WatchEntry>(SaveOutcome.Conflict, null, [("", "该记录已被他人修改，请刷新后重试")]);
        }
        return Saves.Saved(entry);
    }

    private List<(string Field, string Message)> Check(WatchInput input)
    {
        var errors = InputRules.Validate(input, t);
        if ((input.Measures & ~AllMeasures) != 0)
        {
            errors.Add((nameof(input.Measures), "差别化措施取值不在允许范围内"));
        }
        if (input.DecidedOn is { } on && on > CityTime.DateOf(db.Time.GetUtcNow()))
        {
            errors.Add((nameof(input.DecidedOn), "决定日期不能晚于今天"));
        }
        return errors;
    }

    private static void Apply(WatchInput input, WatchEntry entry)
    {
        entry.Measures = input.Measures;
        entry.State = input.State;
        entry.Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        entry.DecidedOn = input.DecidedOn;
    }
}
