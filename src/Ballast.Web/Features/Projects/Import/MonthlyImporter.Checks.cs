using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Text;

namespace Ballast.Web.Features.Projects.Import;

public sealed partial class MonthlyImporter
{
    private sealed record MonthlyKey(int Id, int OwnerUnitId, string Name, string? ProjectCode, ReportState? State, decimal Before, List<int> CountedMonths);

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

    /// <summary>The key project a row names: by project code (normalised as every channel does), else by name.</summary>
    private static MonthlyKey? Match(List<MonthlyKey> keys, Common.Excel.ParsedRow r, List<string> problems)
    {
        var code = r.GetString("ProjectCode") is { } typed ? TextNormalizer.Code(typed) : null;
        var name = r.GetString("Name") is { } n ? TextNormalizer.Clean(n) : null;
        if (code is null && name is null)
        {
            problems.Add("请填写「项目名称」或「项目代码」");
            return null;
        }
        var matches = code is not null ? keys.Where(k => k.ProjectCode == code).ToList() : keys.Where(k => TextNormalizer.Clean(k.Name) == name).ToList();
        if (matches.Count == 1)
        {
            return matches[0];
        }
        problems.Add(matches.Count == 0 ? $"未找到该重点项目：{code ?? name}" : $"项目名称不唯一，请填写项目代码：{name}");
        return null;
    }
}
