namespace Ballast.Web.Features.Parks;

/// <summary>A park's output and revenue for a year (万元): the firms' sum (with how many of the firms in the park
/// at the year's end reported) and the entered figure, both kept; <see cref="Output"/> is the one that counts.</summary>
public sealed record ParkOutput(int Members, int ReportingFirms, decimal? FirmsOutput, decimal? FirmsRevenue,
    decimal? EnteredOutput, decimal? EnteredRevenue, string? EnteredSource)
{
    public static readonly ParkOutput None = new(0, 0, null, null, null, null, null);

    /// <summary>The entered figure where there is one, else the firms' sum, else null (未报).</summary>
    public decimal? Output => EnteredOutput ?? FirmsOutput;

    public decimal? Revenue => EnteredRevenue ?? FirmsRevenue;

    public OutputSource Source => EnteredOutput is not null ? OutputSource.Entered : FirmsOutput is not null ? OutputSource.Firms : OutputSource.NotReported;

    /// <summary>Both figures exist and the page shows the firms' sum beside the entered one.</summary>
    public bool HasBoth => EnteredOutput is not null && FirmsOutput is not null;
}
