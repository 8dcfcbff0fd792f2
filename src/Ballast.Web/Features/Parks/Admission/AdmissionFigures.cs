namespace Ballast.Web.Features.Parks;

/// <summary>What a project applying to a park is judged on: investment and expected yearly output and tax (万元),
/// its land (亩), its chain and the park's.</summary>
public sealed record AdmissionFigures(decimal Investment, decimal LandMu, decimal? ExpectedOutput, decimal? ExpectedTax, int? ProjectChainId,
    int? ParkChainId);
