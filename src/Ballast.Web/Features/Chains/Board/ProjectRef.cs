using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Chains;

/// <summary>A project of the chain; amounts in 万元.</summary>
public sealed record ProjectRef(int Id, string Name, ProjectStage Stage, decimal TotalInvestmentWan, bool IsKey, int? InvestorEnterpriseId);
