using System.Globalization;

namespace Ballast.Web.Features.Parks;

/// <summary>
/// Admission of a project to a park (入园评估) against the park's thresholds for the year. Pure.
/// Each per-mu threshold T with shortfall s: value ≥ T is met; T × (1 − s) ≤ value &lt; T is short within the
/// shortfall (conditional); value &lt; T × (1 − s) fails; a null threshold is not applied; a threshold applied to a
/// figure the applicant did not give is conditional (to be supplied), never judged as zero. Chain fit, when the
/// threshold requires it and the park has a lead chain: a project on another chain, or on none, is conditional.
/// The result is fail if any line fails, else conditional if any line is, else pass. Comparisons are made as
/// products (value × land against the threshold × land), exact in decimal, so a boundary value behaves as written.
/// </summary>
public static class AdmissionRules
{
    public static AdmissionVerdict Evaluate(AdmissionThreshold threshold, AdmissionFigures f)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        ArgumentNullException.ThrowIfNull(f);
        var lines = new List<(AdmissionResult? Result, string Line)>
        {
            PerMu("投资强度", threshold.MinInvestmentPerMu, f.Investment, f.LandMu, threshold.ConditionalShortfall),
            PerMu("亩均产值", threshold.MinOutputPerMu, f.ExpectedOutput, f.LandMu, threshold.ConditionalShortfall),
            PerMu("亩均税收", threshold.MinTaxPerMu, f.ExpectedTax, f.LandMu, threshold.ConditionalShortfall),
            Chain(threshold.RequireChainFit, f.ProjectChainId, f.ParkChainId),
        };
        var result = lines.Any(l => l.Result == AdmissionResult.Fail) ? AdmissionResult.Fail
            : lines.Any(l => l.Result == AdmissionResult.Conditional) ? AdmissionResult.Conditional
            : AdmissionResult.Pass;
        return new AdmissionVerdict(result, [.. lines.Select(l => l.Line)]);
    }

    public static string Name(AdmissionResult result) => result switch
    {
        AdmissionResult.Pass => "准入",
        AdmissionResult.Conditional => "有条件准入",
        _ => "不予准入",
    };

    private static (AdmissionResult?, string) PerMu(string what, decimal? min, decimal? amount, decimal land, decimal shortfall)
    {
        if (min is not { } t)
        {
            return (null, $"{what}：未设门槛，不适用");
        }
        if (amount is not { } a)
        {
            return (AdmissionResult.Conditional, $"{what}：门槛{N(t)}万元/亩，申请未提供，须补充（有条件）");
        }
        var value = Math.Round(a / land, 2);
        var floor = t * (1 - shortfall);
        if (a >= t * land)
        {
            return (AdmissionResult.Pass, $"{what}：{N(value)}万元/亩 ≥ 门槛{N(t)}，达到");
        }
        return a >= floor * land
            ? (AdmissionResult.Conditional, $"{what}：{N(value)}万元/亩，低于门槛{N(t)}，在允许差距{P(shortfall)}（{N(floor)}）以内（有条件）")
            : (AdmissionResult.Fail, $"{what}：{N(value)}万元/亩，低于门槛{N(t)}的{P(1 - shortfall)}（{N(floor)}），不达标");
    }

    private static (AdmissionResult?, string) Chain(bool required, int? project, int? park) => (required, park) switch
    {
        (false, _) => (null, "产业契合：未作要求"),
        (true, null) => (null, "产业契合：园区未设主导产业链，不适用"),
        _ when project == park => (AdmissionResult.Pass, "产业契合：项目所属产业链与园区主导产业链一致"),
        _ when project is null => (AdmissionResult.Conditional, "产业契合：项目未标注产业链，须确认（有条件）"),
        _ => (AdmissionResult.Conditional, "产业契合：项目所属产业链与园区主导产业链不一致（有条件）"),
    };

    private static string P(decimal share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static string N(decimal v) => v.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
