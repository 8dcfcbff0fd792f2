using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>Evaluating a project for a park, asking to override the result and deciding on that request: the one
/// path for the page, the API and the demo. An evaluation belongs to the park (its operator judges it); the rule's
/// result stays as computed, and an approved override gives the result that counts (<see cref="Effective"/>).</summary>
public sealed class AdmissionSave(AppDbContext db, UserScope scope, Texts t)
{
    public static AdmissionResult Effective(AdmissionEvaluation e) =>
        e.OverrideState == OverrideState.Approved && e.OverrideResult is { } r ? r : e.Result;

    public async Task<RecordSave<AdmissionEvaluation>> EvaluateAsync(EvaluationInput input)
    {
        var errors = InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return Saves.Invalid<AdmissionEvaluation>(errors);
        }
        var park = await db.Parks.AsNoTracking().SingleOrDefaultAsync(p => p.Id == input.ParkId);
        // A park's operator sees the projects applying to it though a district owns them.
        var project = park is null ? null : await db.Projects.IgnoreQueryFilters().AsNoTracking()
            .SingleOrDefaultAsync(p => p.Id == input.ProjectId && p.MergedIntoId == null);
        if (park is null || project is null || !(scope.CanRead(project.OwnerUnitId) || project.ParkUnitId == park.UnitId))
        {
            return Saves.NotFound<AdmissionEvaluation>();
        }
        var threshold = await db.AdmissionThresholds.AsNoTracking().SingleOrDefaultAsync(x => x.ParkId == park.Id && x.Year == input.Year);
        if (threshold is null)
        {
            errors.Add((nameof(input.Year), "该园区当年尚未设定入园门槛"));
        }
        if (project.LandAreaMu is not > 0)
        {
            errors.Add(("", "项目未填写用地面积，无法计算亩均指标：请先在项目中填写"));
        }
        if (project.TotalInvestment <= 0)
        {
            errors.Add(("", "项目未填写总投资，无法计算投资强度"));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<AdmissionEvaluation>(errors);
        }
        if (!scope.CanWrite(park.OwnerUnitId))
        {
            return Saves.Forbidden<AdmissionEvaluation>("", "只有本园区或统筹管理部门可以评估入园项目");
        }
        var land = project.LandAreaMu!.Value;
        var promise = await db.LandCommitments.IgnoreQueryFilters().AsNoTracking().SingleOrDefaultAsync(c => c.ProjectId == project.Id);
        var output = input.ExpectedOutput ?? promise?.OutputPerMu * land;
        var tax = input.ExpectedTax ?? promise?.TaxPerMu * land;
        var verdict = AdmissionRules.Evaluate(threshold!, new AdmissionFigures(project.TotalInvestment, land, output, tax, project.ChainId, park.ChainId));
        var evaluation = new AdmissionEvaluation
        {
            ProjectId = project.Id, ParkId = park.Id, ThresholdId = threshold!.Id, Year = input.Year, Investment = project.TotalInvestment,
            LandMu = land, ExpectedOutput = output, ExpectedTax = tax, ChainId = project.ChainId, Result = verdict.Result, Reasons = verdict.Reasons,
            EvaluatedBy = scope.UserName, EvaluatedAt = db.Time.GetUtcNow(), OwnerUnitId = park.OwnerUnitId,
        };
        db.AdmissionEvaluations.Add(evaluation);
        await db.SaveChangesAsync();
        return Saves.Saved(evaluation);
    }

    public async Task<RecordSave<AdmissionEvaluation>> RequestOverrideAsync(int id, OverrideInput input)
    {
        var errors = InputRules.Validate(input, t);
        var e = await db.AdmissionEvaluations.SingleOrDefaultAsync(x => x.Id == id);
        if (e is null)
        {
            return Saves.NotFound<AdmissionEvaluation>();
        }
        if (errors.Count == 0 && e.OverrideState == OverrideState.Requested)
        {
            errors.Add(("", "已有待审批的调整申请"));
        }
        if (errors.Count == 0 && input.Result == Effective(e))
        {
            errors.Add((nameof(input.Result), "申请结果与现有结果相同"));
        }
        if (errors.Count > 0)
        {
            return Saves.Invalid<AdmissionEvaluation>(errors);
        }
        if (!scope.CanWrite(e.OwnerUnitId))
        {
            return Saves.Forbidden<AdmissionEvaluation>("", "数据范围之外的记录不能修改");
        }
        db.Entry(e).Property(x => x.Version).OriginalValue = input.Version;
        e.OverrideState = OverrideState.Requested;
        e.OverrideResult = input.Result;
        e.OverrideReason = input.Reason.Trim();
        e.OverrideRequestedBy = scope.UserName;
        e.OverrideDecidedBy = null;
        e.OverrideDecidedAt = null;
        return await SaveAsync(e);
    }

    /// <summary>The second person: not the one who asked. The endpoint requires the programme office's function.</summary>
    public async Task<RecordSave<AdmissionEvaluation>> DecideAsync(int id, OverrideDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var e = await db.AdmissionEvaluations.SingleOrDefaultAsync(x => x.Id == id);
        if (e is null)
        {
            return Saves.NotFound<AdmissionEvaluation>();
        }
        if (e.OverrideState != OverrideState.Requested)
        {
            return Saves.Invalid<AdmissionEvaluation>([("", "没有待审批的调整申请")]);
        }
        if (string.Equals(e.OverrideRequestedBy, scope.UserName, StringComparison.OrdinalIgnoreCase))
        {
            return Saves.Invalid<AdmissionEvaluation>([("", "调整须由申请人以外的另一人审批")]);
        }
        db.Entry(e).Property(x => x.Version).OriginalValue = decision.Version;
        e.OverrideState = decision.Approve ? OverrideState.Approved : OverrideState.Rejected;
        e.OverrideDecidedBy = scope.UserName;
        e.OverrideDecidedAt = db.Time.GetUtcNow();
        return await SaveAsync(e);
    }

    private async Task<RecordSave<AdmissionEvaluation>> SaveAsync(AdmissionEvaluation e)
    {
        try
        {
            await db.SaveChangesAsync();
            return Saves.Saved(e);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return new RecordSave<AdmissionEvaluation>(SaveOutcome.Conflict, null, [("", "该评估已被他人修改，请刷新后重试")]);
        }
    }
}
