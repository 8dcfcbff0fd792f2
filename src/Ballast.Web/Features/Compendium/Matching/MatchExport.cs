using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Compendium;

/// <summary>The columns of a policy's match list as a department sends it out: the firm, whom to call as the registry holds it,
/// the verdict, then one column per condition with its result and reason.</summary>
public static class MatchExport
{
    public static IReadOnlyList<ExportColumn<FirmMatch>> Columns(IReadOnlyList<PolicyCondition> conditions, ConditionNames names, Texts t)
    {
        List<ExportColumn<FirmMatch>> columns =
        [
            new(t["企业名称"], typeof(string), m => m.Firm.Name),
            new(t["统一社会信用代码"], typeof(string), m => m.Firm.Uscc),
            new(t["区市"], typeof(string), m => m.Firm.DistrictName),
            new(t["联系人"], typeof(string), m => m.Firm.ContactName),
            new(t["联系电话"], typeof(string), m => m.Firm.ContactPhone),
            new(t["结论"], typeof(string), m => t[MatchWords.Verdict(m.Result.Verdict)].Value),
        ];
        for (var i = 0; i < conditions.Count; i++)
        {
            var index = i;
            columns.Add(new($"{i + 1}. {names.Describe(conditions[i], t)}", typeof(string), m => Cell(m.Result.Reasons[index], t)));
        }
        return columns;
    }

    private static string Cell(ConditionReason r, Texts t) => $"{t[MatchWords.Outcome(r.Outcome)]}：{r.Text(t)}";
}
