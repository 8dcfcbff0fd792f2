using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Setting a park's thresholds for a year (one row per park and year, so each year keeps its own and every
/// change is in the audit trail). Only the programme office or the park's own operator may.</summary>
public sealed class ThresholdSave(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<RecordSave<AdmissionThreshold>> SaveAsync(ThresholdInput input, ParkEditor editor)
    {
        var errors = InputRules.Validate(input, t);
        foreach (var (field, value) in new[]
                 {
                     (nameof(input.MinInvestmentPerMu), input.MinInvestmentPerMu), (nameof(input.MinOutputPerMu), input.MinOutputPerMu),
                     (nameof(input.MinTaxPerMu), input.MinTaxPerMu),
                 })
        {
            if (value is { } v && (v <= 0 || v > CommitmentRules.MaxPerMu))
            {
                errors.Add((field, "门槛须大于 0 且不超过 100,000 万元/亩"));
            }
        }
        var park = await db.Parks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.ParkId);
        if (park is null && errors.Count == 0)
        {
            errors.Add((nameof(input.ParkId), "园区不存在"));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<AdmissionThreshold>(errors);
        }
        if (!editor.May(park!, scope))
        {
            return Saves.Forbidden<AdmissionThreshold>("", "入园门槛只能由统筹管理部门或本园区运营人员设定");
        }
        var row = await db.AdmissionThresholds.SingleOrDefaultAsync(x => x.ParkId == input.ParkId && x.Year == input.Year);
        if (row is null)
        {
            row = new AdmissionThreshold { ParkId = input.ParkId, Year = input.Year, OwnerUnitId = park!.OwnerUnitId };
            db.AdmissionThresholds.Add(row);
        }
        else
        {
            db.Entry(row).Property(x => x.Version).OriginalValue = input.Version;
        }
        input.ApplyTo(row);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new RecordSave<AdmissionThreshold>(SaveOutcome.Conflict, null, [("", "该门槛已被他人修改，您的修改未保存。请核对后重新填写。")]);
        }
        return Saves.Saved(row);
    }
}
