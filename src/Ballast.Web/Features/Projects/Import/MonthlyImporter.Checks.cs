using Ballast.Web.Common.Excel;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Projects.Import;

public sealed partial class MonthlyImporter
{
    /// <summary>What a batch's matched key projects have reported this year, as the checks need it.</summary>
    private sealed record KeyFigures(ReportState? State, decimal Before, List<int> CountedMonths);

    /// <summary>A row with the key project it names (null with the reason in its problems).</summary>
    private sealed record Matched(ParsedRow Row, List<string> Problems, MonthlyKey? Key)
    {
        public static Matched Of(ParsedRow r, MonthlyKeys keys)
        {
            var problems = new List<string>(r.Problems);
            return new Matched(r, problems, problems.Count == 0 ? keys.Match(r, problems) : null);
        }
    }

    /// <summary>What is wrong with the sheet as a whole: no figure column, or a month other than the period's.</summary>
    private static IEnumerable<string> SheetChecks(ParsedSheet sheet, ReportingPeriod period)
    {
        if (!sheet.Columns.Any(c => c.Spec.Key is "Completed" or "YearToDate"))
        {
            yield return "缺少必填列：本月完成投资（或累计完成投资）";
        }
        // February's period covers January–February: a sheet for 1-2月 or 2月 names it, one for 1月 alone does not.
        var others = sheet.NamedMonths.Where(m => m != period.Month).ToList();
        if (others.Count > 0)
        {
            yield return $"表格所列月份（{string.Join("、", others.Select(MonthText.Label))}）与所选调度期（{MonthText.Label(period.Month)}）不一致，请核对后重新上传";
        }
    }

    /// <summary>The batch's key projects: their state this month and the counted months before it, in one query.</summary>
    private async Task<Dictionary<int, KeyFigures>> FiguresAsync(ReportingPeriod period, List<int> ids) => ids.Count == 0 ? [] :
        await db.KeyProjects.AsNoTracking().Where(k => ids.Contains(k.Id))
            .Select(k => new
            {
                k.Id,
                State = k.Reports.Where(r => r.PeriodId == period.Id).Select(r => (ReportState?)r.State).FirstOrDefault(),
                Before = k.Reports.Where(r => r.Period!.Month < period.Month && MonthlyReport.Counted.Contains(r.State)).Sum(r => (decimal?)r.Completed) ?? 0m,
                Months = k.Reports.Where(r => r.Period!.Month < period.Month && MonthlyReport.Counted.Contains(r.State)).Select(r => r.Period!.Month).ToList(),
            })
            .ToDictionaryAsync(x => x.Id, x => new KeyFigures(x.State, x.Before, x.Months));
}
