using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The firm list as .xlsx: exactly the filtered rows, every page of them; 未报 where a year's figure was not reported.</summary>
public static class EnterpriseExport
{
    public static List<ExportColumn<EnterpriseRow>> Columns(Texts t, int year)
    {
        var notReported = t["未报"].Value;
        return
        [
            new(t["企业名称"], typeof(string), r => r.Name),
            new(t["统一社会信用代码"], typeof(string), r => r.Uscc),
            new(t["曾用名"], typeof(string), r => r.FormerNames),
            new(t["所在区市"], typeof(string), r => r.District),
            new(t["产业链"], typeof(string), r => r.Chain),
            new(t["行业大类"], typeof(string), r => r.IndustryDivisionCode),
            new(t["规上"], typeof(string), r => r.IsAboveScale ? t["是"].Value : t["否"].Value),
            new(t["{0}年企业规模", year], typeof(string), r => r.SizeClass is { } s ? t[SizeClassifier.Name(s)].Value : notReported),
            new(t["{0}年营业收入（万元）", year], typeof(string), r => r.Revenue?.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture) ?? notReported),
            new(t["{0}年纳税（万元）", year], typeof(string), r => r.TaxPaid?.ToString("#,##0.##", System.Globalization.CultureInfo.InvariantCulture) ?? notReported),
            new(t["认定数"], typeof(int), r => r.Designations),
            new(t["用地面积（亩）"], typeof(decimal), r => r.LandAreaMu),
            new(t["宗地编码"], typeof(string), r => r.ParcelCode),
            new(t["土地使用权取得日期"], typeof(string), r => ListExport.Date(r.LandRightOn)),
            new(t["标准地"], typeof(string), r => r.IsStandardLand ? t["是"].Value : t["否"].Value),
        ];
    }
}
