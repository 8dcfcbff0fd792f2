namespace Ballast.Bench.Measures;

/// <summary>One row of the dashboard's district table as the plain SQL yields it (amounts in 万元).</summary>
public sealed record DistrictRow(string Name, int Projects, decimal Plan, decimal Ytd, int Reported);
