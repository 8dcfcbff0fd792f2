using System.Globalization;

namespace Ballast.Web.Features.Parks;

/// <summary>A standard-land commitment (标准地承诺) against what the investor reached. Pure: the caller gathers the
/// figures. A promise is met when the figure equals it or more (≥); a date is met on or before the day promised.
/// The yearly per-mu figures are judged for every full year after the production year, up to last year; a year
/// whose figure was not reported is named as missing, never judged as a zero.</summary>
public static class CommitmentRules
{
    /// <summary>A per-mu promise beyond this (万元/亩) is a typing slip.</summary>
    public const decimal MaxPerMu = 100_000m;

    public static List<(string Field, string Message)> Check(CommitmentInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<(string, string)>();
        foreach (var (field, value) in new[]
                 {
                     (nameof(input.InvestmentPerMu), input.InvestmentPerMu), (nameof(input.OutputPerMu), input.OutputPerMu),
                     (nameof(input.TaxPerMu), input.TaxPerMu),
                 })
        {
            if (value is { } v && (v <= 0 || v > MaxPerMu))
            {
                errors.Add((field, "承诺的亩均数须大于 0 且不超过 100,000 万元/亩"));
            }
        }
        if (input is { InvestmentPerMu: null, OutputPerMu: null, TaxPerMu: null, StartBy: null, ProductionBy: null })
        {
            errors.Add((nameof(input.InvestmentPerMu), "请至少填写一项承诺（投资强度、亩均产值、亩均税收或开工、投产日期）"));
        }
        if (input.StartBy is { } start && input.ProductionBy is { } production && production < start)
        {
            errors.Add((nameof(input.ProductionBy), "承诺投产日期不能早于承诺开工日期"));
        }
        return errors;
    }

    public static List<CommitmentCheck> Assess(LandCommitment c, CommitmentFacts f)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(f);
        var checks = new List<CommitmentCheck>();
        if (c.StartBy is { } startBy)
        {
            checks.Add(Date(CommitmentItem.Start, "开工", startBy, f.StartedOn, f.Today));
        }
        if (c.ProductionBy is { } productionBy)
        {
            checks.Add(Date(CommitmentItem.Production, "投产", productionBy, f.OperatingOn, f.Today));
        }
        if (c.InvestmentPerMu is { } investment)
        {
            checks.Add(Investment(investment, f));
        }
        if (f.OperatingOn is not { } producing || (c.OutputPerMu is null && c.TaxPerMu is null))
        {
            return checks;
        }
        // Full years only: the production year is partial, and the current year is not over.
        for (var year = producing.Year + 1; year < f.Today.Year; year++)
        {
            var figures = f.Years.FirstOrDefault(y => y.Year == year);
            var land = figures?.LandMu ?? f.FirmLandMu ?? f.ProjectLandMu;
            if (c.OutputPerMu is { } output)
            {
                checks.Add(PerMu(CommitmentItem.Output, "亩均产值", year, output, figures?.Output, land));
            }
            if (c.TaxPerMu is { } tax)
            {
                checks.Add(PerMu(CommitmentItem.Tax, "亩均税收", year, tax, figures?.TaxPaid, land));
            }
        }
        return checks;
    }

    /// <summary>Breached when any promise is; missing when none is breached but one could not be judged.</summary>
    public static CheckState Overall(IReadOnlyCollection<CommitmentCheck> checks) =>
        checks.Any(x => x.State == CheckState.Breached) ? CheckState.Breached
        : checks.Any(x => x.State == CheckState.Missing) ? CheckState.Missing
        : checks.Any(x => x.State == CheckState.Met) ? CheckState.Met
        : CheckState.NotDue;

    private static CommitmentCheck Date(CommitmentItem item, string what, DateOnly by, DateOnly? on, DateOnly today) => on switch
    {
        { } d when d <= by => new(item, null, null, null, CheckState.Met, $"承诺{by:yyyy-MM-dd}前{what}，实际{d:yyyy-MM-dd}，达到"),
        { } d => new(item, null, null, null, CheckState.Breached, $"承诺{by:yyyy-MM-dd}前{what}，实际{d:yyyy-MM-dd}，逾期{d.DayNumber - by.DayNumber}天"),
        null when today > by => new(item, null, null, null, CheckState.Breached, $"承诺{by:yyyy-MM-dd}前{what}，至今未{what}"),
        null => new(item, null, null, null, CheckState.NotDue, $"承诺{by:yyyy-MM-dd}前{what}，尚未到期"),
    };

    private static CommitmentCheck Investment(decimal promised, CommitmentFacts f)
    {
        var land = f.ProjectLandMu ?? f.FirmLandMu;
        var source = f.InvestedFromDispatch ? "月调度累计" : "项目总投资";
        if (f.OperatingOn is null)
        {
            return new(CommitmentItem.Investment, null, promised, null, CheckState.NotDue, $"承诺投资强度{N(promised)}万元/亩，投产后考核");
        }
        if (f.InvestedWan is not { } invested || land is not > 0)
        {
            var missing = f.InvestedWan is null ? "投资额" : "用地面积";
            return new(CommitmentItem.Investment, null, promised, null, CheckState.Missing, $"承诺投资强度{N(promised)}万元/亩，{missing}未报，无法考核");
        }
        var reached = Math.Round(invested / land.Value, 2);
        // Compared as a product, exact in decimal: equal to the promise is met.
        var met = invested >= promised * land.Value;
        return new(CommitmentItem.Investment, null, promised, reached, met ? CheckState.Met : CheckState.Breached,
            $"投资强度：承诺{N(promised)}，实际{N(reached)}万元/亩（{source}{N(invested)}万元 ÷ {N(land.Value)}亩），{(met ? "达到" : "未达到")}");
    }

    private static CommitmentCheck PerMu(CommitmentItem item, string what, int year, decimal promised, decimal? figure, decimal? land)
    {
        if (figure is not { } value || land is not > 0)
        {
            var missing = figure is null ? (item == CommitmentItem.Output ? "产值" : "纳税") : "用地面积";
            return new(item, year, promised, null, CheckState.Missing, $"{year}年{what}：{missing}未报，无法考核");
        }
        var reached = Math.Round(value / land.Value, 2);
        var met = value >= promised * land.Value;
        return new(item, year, promised, reached, met ? CheckState.Met : CheckState.Breached,
            $"{year}年{what}：承诺{N(promised)}，实际{N(reached)}万元/亩，{(met ? "达到" : "未达到")}");
    }

    private static string N(decimal v) => v.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
