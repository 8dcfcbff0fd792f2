using Ballast.Web.Features.Projects;

namespace Ballast.Web.Data.Generate;

/// <summary>A project's place on one year's key list: a construction-class project gets an annual plan
/// (a share of what is left of its total) and a month's report for every period of the year; a
/// preparation-class project is listed with no plan to report against.</summary>
internal sealed class KeyYearBuilder(Draws draw, GeneratorReference r, MonthlyReportDraw reports)
{
    public KeyProject Build(Project project, int year, KeyProjectClass keyClass, decimal spent)
    {
        var key = new KeyProject { Project = project, Year = year, Class = keyClass, OwnerUnitId = project.OwnerUnitId, PlannedInvestment = 0m };
        if (keyClass == KeyProjectClass.Preparation)
        {
            return key;
        }
        var left = Math.Max(0m, project.TotalInvestment - spent);
        var share = project.TotalInvestment * (decimal)draw.Uniform(0.15, 0.45);
        key.PlannedInvestment = Math.Round(Math.Min(left, share) / 10m) * 10m;
        // Most projects run near time progress; one in eight lags badly (red), a few run ahead.
        var pace = draw.Uniform(0, 1) switch
        {
            < 0.125 => draw.Uniform(0.35, 0.65),
            < 0.3 => draw.Uniform(0.75, 0.95),
            < 0.9 => draw.Uniform(0.95, 1.1),
            _ => draw.Uniform(1.15, 1.35),
        };
        var ceiling = Math.Max(left, key.PlannedInvestment.Value);
        var before = 0m;
        foreach (var period in r.Periods[year])
        {
            var target = Math.Min(ceiling, Math.Round(key.PlannedInvestment.Value * (decimal)(pace * period.Month / 12.0 * draw.Uniform(0.97, 1.03)), 1));
            if (reports.Draw(project, period, Math.Max(0m, target - before)) is { } report)
            {
                key.Reports.Add(report);
                before = Math.Max(before, target);
            }
        }
        return key;
    }
}
