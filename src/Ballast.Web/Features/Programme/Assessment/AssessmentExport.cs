using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Excel;

namespace Ballast.Web.Features.Programme;

/// <summary>The ranking's columns in the export, in the order the page shows them.</summary>
public static class AssessmentExport
{
    public static IReadOnlyList<ExportColumn<UnitResult>> Columns(Texts t) =>
    [
        new(t["名次"].Value, typeof(int), r => r.Rank),
        new(t["单位"].Value, typeof(string), r => Texts.Pick(r.Unit.Name, r.Unit.NameEn)),
        new(t["基础分"].Value, typeof(decimal), r => r.Base),
        new(t["基础分算式"].Value, typeof(string), r => r.BaseFormula),
        new(t["加减分"].Value, typeof(decimal), r => r.Adjustments),
        new(t["逾期督办（项）"].Value, typeof(int), r => r.OverdueSupervision),
        new(t["督办扣分"].Value, typeof(decimal), r => r.SupervisionDeduction),
        new(t["总分"].Value, typeof(decimal), r => r.Total),
        new(t["总分算式"].Value, typeof(string), r => r.TotalFormula),
    ];
}
