
namespace Ballast.Web.Features.Programme;

/// <summary>One line of "my updates". <c>EditRefusal</c> says why the value cannot be changed now.</summary>
public sealed record UpdateDto(int IndicatorId, string Code, string Name, string? NameEn, IndicatorKind Kind, string? Unit, decimal? Target,
    string? TargetText, string Battle, int UnitId, string UnitName, bool IsLead, DateOnly DueOn, string? EditRefusal, bool CanRequestExtension,
    SubmissionDto? Submission)
{
    public static UpdateDto From(UpdateRow r) => new(r.Indicator.Id, r.Indicator.Code, r.Indicator.Name, r.Indicator.NameEn, r.Indicator.Kind,
        r.Indicator.Unit, r.Indicator.Target, r.Indicator.TargetText, r.Battle, r.UnitId, r.Unit, r.IsLead, r.DueOn, r.EditRefusal,
        r.CanRequestExtension, SubmissionDto.From(r.Submission, r.Evidence));
}
