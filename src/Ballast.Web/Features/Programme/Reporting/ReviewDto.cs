
namespace Ballast.Web.Features.Programme;

/// <summary>One expected report in the review; <c>Reported</c> is false for none, a draft or a returned one.</summary>
public sealed record ReviewDto(int IndicatorId, string Code, string Name, IndicatorKind Kind, string? Unit, int UnitId, string UnitName,
    bool IsLead, string? LeadUnit, bool Reported, DateOnly DueOn, SubmissionDto? Submission)
{
    public static ReviewDto From(ReviewRow r) => new(r.Indicator.Id, r.Indicator.Code, r.Indicator.Name, r.Indicator.Kind, r.Indicator.Unit,
        r.UnitId, r.Unit, r.IsLead, r.LeadUnit, r.Reported, r.DueOn, SubmissionDto.From(r.Submission, r.Evidence));
}
