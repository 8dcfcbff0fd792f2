using Ballast.Web.Common.Web;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>Weight changes after publication: one office user asks, a different one decides; the
/// weight changes only on approval, in the same save as the decision.</summary>
public sealed partial class AssessmentActions
{
    public async Task<AssessmentChange> RequestWeightChangeAsync(int itemId, decimal? toWeight, string? reason)
    {
        if (!IsOffice)
        {
            return AssessmentChange.Forbidden;
        }
        var item = await db.AssessmentItems.AsNoTracking().SingleOrDefaultAsync(i => i.Id == itemId);
        if (item is null)
        {
            return AssessmentChange.NotFound;
        }
        var published = await db.AssessmentSchemes.Where(s => s.Id == item.SchemeId).Select(s => s.IsPublished).SingleAsync();
        var error = !published ? "方案尚未发布，可直接修改权重"
            : WeightProblem(toWeight) is { } weightProblem ? weightProblem
            : toWeight == item.Weight ? "新权重与现权重相同"
            : string.IsNullOrWhiteSpace(reason) ? "请填写调整理由"
            : reason.Trim().Length > 500 ? "理由不超过500字"
            : await db.WeightChangeRequests.AnyAsync(r => r.ItemId == itemId && r.State == ChangeRequestState.Pending)
                ? "该项目已有待审批的权重调整申请"
            : null;
        if (error is not null)
        {
            return AssessmentChange.Invalid(error);
        }
        var request = new WeightChangeRequest
        {
            ItemId = itemId, FromWeight = item.Weight, ToWeight = toWeight!.Value, Reason = reason!.Trim(),
            RequestedBy = scope.UserName, RequestedAt = db.Time.GetUtcNow(), State = ChangeRequestState.Pending,
        };
        db.WeightChangeRequests.Add(request);
        await db.SaveChangesAsync();
        return new AssessmentChange(ChangeOutcome.Done, Id: request.Id);
    }

    public async Task<AssessmentChange> DecideAsync(int requestId, bool approve, int? version = null)
    {
        if (!IsOffice)
        {
            return AssessmentChange.Forbidden;
        }
        var request = await db.WeightChangeRequests.Include(r => r.Item).SingleOrDefaultAsync(r => r.Id == requestId);
        if (request is null)
        {
            return AssessmentChange.NotFound;
        }
        var error = request.State != ChangeRequestState.Pending ? "该申请已处理"
            : string.Equals(request.RequestedBy, scope.UserName, StringComparison.OrdinalIgnoreCase)
                ? "不能审批本人提出的申请，须由另一名办公室人员审批"
            : null;
        if (error is not null)
        {
            return AssessmentChange.Invalid(error);
        }
        request.State = approve ? ChangeRequestState.Approved : ChangeRequestState.Rejected;
        request.DecidedBy = scope.UserName;
        request.DecidedAt = db.Time.GetUtcNow();
        if (approve)
        {
            request.Item!.Weight = request.ToWeight;
        }
        // Two office users deciding at once: the second save is refused (409), not applied twice.
        db.Expect(request, version);
        await db.SaveChangesAsync();
        return new AssessmentChange(ChangeOutcome.Done, Id: request.Id);
    }
}
