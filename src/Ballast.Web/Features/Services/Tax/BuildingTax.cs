namespace Ballast.Web.Features.Services;

/// <summary>A building's tax for one year (万元) and where it comes from.</summary>
public sealed record BuildingTax(decimal? Wan, TaxSource Source, int ReportingFirms, string? EnteredSource)
{
    /// <summary>Tax of at least 1 亿元 (10,000 万元) makes a building a "税收过亿元楼宇"; exactly 1 亿 counts.</summary>
    public const decimal OverYiWan = 10_000m;

    public static readonly BuildingTax NotReported = new(null, TaxSource.NotReported, 0, null);

    public bool IsOverYi => Wan >= OverYiWan;

    /// <summary>The firms' sum where at least one firm reported (a firm without a figure adds nothing
    /// and is not zero); otherwise the entered figure, marked as such; otherwise not reported.</summary>
    public static BuildingTax Of(IReadOnlyCollection<decimal> firmTaxes, decimal? entered, string? enteredSource) =>
        firmTaxes.Count > 0 ? new(firmTaxes.Sum(), TaxSource.Firms, firmTaxes.Count, null)
        : entered is { } e ? new(e, TaxSource.Entered, 0, enteredSource)
        : NotReported;
}
