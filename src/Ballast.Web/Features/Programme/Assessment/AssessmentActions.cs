using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

public enum ChangeOutcome
{
    Done,
    Forbidden,
    NotFound,
    Invalid,
}

/// <summary>What a change to the assessment came to; <see cref="Error"/> is a Chinese message for the localizer.</summary>
public sealed record AssessmentChange(ChangeOutcome Outcome, string? Error = null, int? Id = null)
{
    public static readonly AssessmentChange Forbidden = new(ChangeOutcome.Forbidden, "只有领导小组办公室可以修改考核方案");
    public static readonly AssessmentChange NotFound = new(ChangeOutcome.NotFound, "考核方案或项目不存在");

    public static AssessmentChange Invalid(string error) => new(ChangeOutcome.Invalid, error);
}

/// <summary>Every change to a scheme, for pages and API alike: only the programme office makes
/// them; weights change freely until publication, and afterwards only through a request that a
/// different office user approves. Every save goes through the DbContext, so each step is audited.</summary>
public sealed partial class AssessmentActions(AppDbContext db, UserScope scope)
{
    public bool IsOffice => scope.WritesAll;

    public async Task<AssessmentChange> AddAdjustmentAsync(int schemeId, int unitId, decimal? points, string? reason)
    {
        if (!IsOffice)
        {
            return AssessmentChange.Forbidden;
        }
        var scheme = await db.AssessmentSchemes.SingleOrDefaultAsync(s => s.Id == schemeId);
        if (scheme is null)
        {
            return AssessmentChange.NotFound;
        }
        var error = points is not { } p ? "请填写加减分分值"
            : p == 0 ? "加减分不能为0"
            : p is < -100 or > 100 ? "加减分须在−100至100分之间"
            : decimal.Round(p, 2) != p ? "分值最多两位小数"
            : string.IsNullOrWhiteSpace(reason) ? "请填写加减分理由"
            : reason.Trim().Length > 500 ? "理由不超过500字"
            : !await db.Units.AnyAsync(u => u.Id == unitId && u.Kind == scheme.UnitKind) ? "该单位不是本方案的考核对象"
            : null;
        if (error is not null)
        {
            return AssessmentChange.Invalid(error);
        }
        var adjustment = new AssessmentAdjustment
        {
            SchemeId = schemeId, UnitId = unitId, Points = points!.Value, Reason = reason!.Trim(),
            EnteredBy = scope.UserName, EnteredAt = db.Time.GetUtcNow(),
        };
        db.AssessmentAdjustments.Add(adjustment);
        await db.SaveChangesAsync();
        return new AssessmentChange(ChangeOutcome.Done, Id: adjustment.Id);
    }

    public async Task<AssessmentChange> SetWeightAsync(int itemId, decimal? weight)
    {
        var (item, refused) = await OpenItemAsync(itemId);
        if (refused is not null)
        {
            return refused;
        }
        if (WeightProblem(weight) is { } error)
        {
            return AssessmentChange.Invalid(error);
        }
        item!.Weight = weight!.Value;
        await db.SaveChangesAsync();
        return new AssessmentChange(ChangeOutcome.Done, Id: item.Id);
    }

    public async Task<AssessmentChange> AddItemAsync(int schemeId, int indicatorId, decimal? weight)
    {
        if (!IsOffice)
        {
            return AssessmentChange.Forbidden;
        }
        var scheme = await db.AssessmentSchemes.Include(s => s.Items).SingleOrDefaultAsync(s => s.Id == schemeId);
        if (scheme is null)
        {
            return AssessmentChange.NotFound;
        }
        var error = scheme.IsPublished ? "方案已发布，不能增删考核项目"
            : !await db.Indicators.AnyAsync(i => i.Id == indicatorId && db.Plans.Any(p => p.Id == i.Battle!.PlanId && p.Year == scheme.Year))
                ? "该指标不属于本年度工作要点"
            : scheme.Items.Any(i => i.IndicatorId == indicatorId) ? "该指标已在方案中"
            : WeightProblem(weight);
        if (error is not null)
        {
            return AssessmentChange.Invalid(error);
        }
        var item = new AssessmentItem { SchemeId = schemeId, IndicatorId = indicatorId, Weight = weight!.Value };
        db.AssessmentItems.Add(item);
        await db.SaveChangesAsync();
        return new AssessmentChange(ChangeOutcome.Done, Id: item.Id);
    }

    public async Task<AssessmentChange> RemoveItemAsync(int itemId)
    {
        var (item, refused) = await OpenItemAsync(itemId, "方案已发布，不能增删考核项目");
        if (refused is not null)
        {
            return refused;
        }
        db.AssessmentItems.Remove(item!);
        await db.SaveChangesAsync();
        return new AssessmentChange(ChangeOutcome.Done);
    }

    public async Task<AssessmentChange> PublishAsync(int schemeId)
    {
        if (!IsOffice)
        {
            return AssessmentChange.Forbidden;
        }
        var scheme = await db.AssessmentSchemes.Include(s => s.Items).SingleOrDefaultAsync(s => s.Id == schemeId);
        if (scheme is null)
        {
            return AssessmentChange.NotFound;
        }
        if (scheme.IsPublished || scheme.Items.Count == 0)
        {
            return AssessmentChange.Invalid(scheme.IsPublished ? "方案已发布" : "方案没有考核项目，不能发布");
        }
        scheme.IsPublished = true;
        scheme.PublishedAt = db.Time.GetUtcNow();
        await db.SaveChangesAsync();
        return new AssessmentChange(ChangeOutcome.Done, Id: scheme.Id);
    }

    /// <summary>An item of an unpublished scheme, ready to change; or why it may not be changed.</summary>
    private async Task<(AssessmentItem? Item, AssessmentChange? Refused)> OpenItemAsync(int itemId,
        string published = "方案已发布，调整权重须提出申请，经另一名办公室人员审批后生效")
    {
        if (!IsOffice)
        {
            return (null, AssessmentChange.Forbidden);
        }
        var item = await db.AssessmentItems.SingleOrDefaultAsync(i => i.Id == itemId);
        var isPublished = item is null ? null : await db.AssessmentSchemes.Where(s => s.Id == item.SchemeId).Select(s => (bool?)s.IsPublished).SingleAsync();
        return isPublished is null ? (null, AssessmentChange.NotFound)
            : isPublished.Value ? (null, AssessmentChange.Invalid(published))
            : (item, null);
    }

    internal static string? WeightProblem(decimal? weight) =>
        weight is not { } w ? "请填写权重"
        : w is <= 0 or > 1000 ? "权重须大于0且不超过1000"
        : decimal.Round(w, 2) != w ? "权重最多两位小数"
        : null;
}
