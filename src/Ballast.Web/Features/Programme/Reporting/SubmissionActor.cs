
namespace Ballast.Web.Features.Programme;

/// <summary>Who is acting, seen from one submission: the programme office, a user of the reporting
/// unit, a user of the indicator's lead unit (both may be true when the lead unit reports).</summary>
public readonly record struct SubmissionActor(bool IsOffice, bool IsReportingUnit, bool IsLeadUnit);
