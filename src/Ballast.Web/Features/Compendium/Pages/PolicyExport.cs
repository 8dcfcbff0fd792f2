using Ballast.Web.Common;
using Ballast.Web.Common.Excel;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The policy list as .xlsx, in the columns the policy import reads: an exported list imports back
/// unchanged (the code and the status are shown, and the import leaves them alone).</summary>
public static class PolicyExport
{
    public sealed record Row(Policy Policy, PolicyStatus Status, string? Area, string Chains, PolicyContact? Contact);

    public static async Task<List<Row>> RowsAsync(AppDbContext db, IQueryable<Policy> sorted)
    {
        var today = CityTime.Today(db.Time);
        var policies = await sorted.Include(p => p.Chains).ThenInclude(c => c.Chain).Include(p => p.Industries).Include(p => p.Contacts)
            .AsSingleQuery().ToListAsync();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Name);
        return [.. policies.Select(p => new Row(p, PolicyStatuses.Effective(p, today), p.AreaUnitId is { } a ? units.GetValueOrDefault(a) : null,
            string.Join('、', p.Chains.Where(c => c.Chain is not null).Select(c => c.Chain!.Name)), p.Contacts.OrderBy(c => c.SortOrder).FirstOrDefault()))];
    }

    public static List<ExportColumn<Row>> Columns(Texts t) =>
    [
        new(t["政策名称"], typeof(string), r => r.Policy.Title),
        new(t["文号"], typeof(string), r => r.Policy.DocumentNumber),
        new(t["发布单位"], typeof(string), r => r.Policy.Issuer),
        new(t["政策层级"], typeof(string), r => t[PolicyStatuses.Name(r.Policy.Level)].Value),
        new(t["政策类型"], typeof(string), r => t[PolicyStatuses.Name(r.Policy.Kind)].Value),
        new(t["适用区市或园区"], typeof(string), r => r.Area),
        new(t["生效日期"], typeof(string), r => ListExport.Date(r.Policy.EffectiveOn)),
        new(t["失效日期"], typeof(string), r => ListExport.Date(r.Policy.ExpiresOn)),
        new(t["所属产业链"], typeof(string), r => r.Chains),
        new(t["行业大类"], typeof(string), r => string.Join('、', r.Policy.Industries.Select(i => i.DivisionCode).Order(StringComparer.Ordinal))),
        new(t["摘要"], typeof(string), r => r.Policy.Summary),
        new(t["联系单位"], typeof(string), r => r.Contact?.Unit),
        new(t["联系人"], typeof(string), r => r.Contact?.Name),
        new(t["联系电话"], typeof(string), r => r.Contact?.Phone),
        new(t["对外公开"], typeof(string), r => r.Policy.IsPublished ? t["是"].Value : t["否"].Value),
        new(t["状态"], typeof(string), r => t[PolicyStatuses.Name(r.Status)].Value),
        new(t["公开代码"], typeof(string), r => r.Policy.Code),
    ];
}
