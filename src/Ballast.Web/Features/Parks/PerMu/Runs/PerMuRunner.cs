using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Runs a scheme over a population: loads the firms and figures in one query, scores them with
/// <see cref="PerMuScoring"/> and stores a Draft run with every firm's result. The programme office runs any
/// district or park, a district its own, a park operator its park: the run belongs to the population's unit.</summary>
public sealed class PerMuRunner(AppDbContext db, UserScope scope, Texts t)
{
    public async Task<RecordSave<PerMuRun>> RunAsync(RunInput input)
    {
        var scheme = await db.PerMuSchemes.AsNoTracking().Include(s => s.Indicators).SingleOrDefaultAsync(s => s.Id == input.SchemeId);
        if (scheme is null)
        {
            return Saves.Invalid<PerMuRun>([(nameof(input.SchemeId), t["评价方案不存在"])]);
        }
        var year = input.Year ?? scheme.Year;
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == input.PopulationUnitId);
        // The shared rules: enums within their values, no control characters, the note's length.
        var errors = Common.Validation.InputRules.Validate(input, t);
        if (year != scheme.Year)
        {
            errors.Add((nameof(input.Year), t["该方案适用于{0}年的数据；评价其他年度请先复制方案", scheme.Year]));
        }
        if (Enum.IsDefined(input.PopulationKind) && (unit is null || (input.PopulationKind == PopulationKind.Park ? unit.Kind != UnitKind.Park
            : unit.Kind is not (UnitKind.District or UnitKind.FunctionalArea or UnitKind.City))))
        {
            errors.Add((nameof(input.PopulationUnitId), t[input.PopulationKind == PopulationKind.Park ? "请选择园区" : "请选择区市"]));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<PerMuRun>(errors);
        }
        if (!scope.CanWrite(unit!.Id))
        {
            return Saves.Forbidden<PerMuRun>("", t["只能评价本单位范围内的企业"]);
        }
        List<PerMuFirm> firms;
        using (input.PopulationKind == PopulationKind.Park ? scope.ReadingCityWide() : null)
        {
            firms = await PerMuPopulation.LoadAsync(db, scheme, year, input.PopulationKind, unit.Id);
        }
        var scores = PerMuScoring.Score(scheme, firms);
        var number = await db.PerMuRuns.IgnoreQueryFilters().Where(r => r.PopulationUnitId == unit.Id && r.Year == year).MaxAsync(r => (int?)r.Number) ?? 0;
        var run = new PerMuRun
        {
            SchemeId = scheme.Id, Year = year, PopulationKind = input.PopulationKind, PopulationUnitId = unit.Id, Number = number + 1,
            State = RunState.Draft, RunBy = scope.UserName, RunAt = db.Time.GetUtcNow(), OwnerUnitId = unit.Id, Note = input.Note,
        };
        await using var tx = await db.Database.BeginTransactionAsync();
        db.PerMuRuns.Add(run);
        await db.SaveChangesAsync();
        db.PerMuResults.AddRange(scores.Select(s => new PerMuResult
        {
            RunId = run.Id, EnterpriseId = s.EnterpriseId, Group = s.Group, Score = s.Score, Grade = s.Grade, Rank = s.Rank,
            ExemptReason = s.ExemptReason, Missing = Clip(s.Missing, 500), Explanation = new PerMuExplanation(s.LandFromRegistry, s.Points).ToJson(),
        }));
        await db.SaveChangesAsync();
        await tx.CommitAsync();
        db.ChangeTracker.Clear();
        return Saves.Saved(run);
    }

    private static string? Clip(string? text, int max) => text is { } s && s.Length > max ? s[..(max - 1)] + "…" : text;
}
