
namespace Ballast.Web.Features.Projects;

/// <summary>A year's place on the key-project list; a null plan is pending (待下达), never zero.</summary>
public sealed record KeyProjectPlan(int Year, KeyProjectClass Class, string ClassName, decimal? PlannedInvestmentWan, bool PlanPending);
