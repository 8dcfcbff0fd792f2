using System.Text.Json;
using Ballast.Web.Common.Excel;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Projects.Import;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A figures row: the firm must be in the registry; the year is the sheet's or the form's, the
/// source the sheet's or the form's. An empty cell keeps what was reported before.</summary>
public sealed partial class EnterpriseImporter
{
    private async Task<ImportPlan> PlanYearAsync(ParsedRow r, RowContext c, ImportOptions options)
    {
        var problems = new List<string>(r.Problems);
        var name = r.GetString("Name");
        var uscc = c.Code(r.GetString("Uscc"), problems);
        var year = RowContext.Year(r.GetString("Year"), options.Year, problems, "年度");
        if (name is null || problems.Count > 0)
        {
            return Reject(r, name, problems);
        }
        var found = c.Firms.Find(uscc, name, out var ambiguity);
        if (found is not { Id: > 0 })
        {
            return Reject(r, name, [ambiguity ?? "企业库中未找到该企业：请先登记企业，再导入其数据"]);
        }
        if (!scope.CanRead(found.OwnerUnitId))
        {
            return Reject(r, name, ["该企业不在您的数据范围内"]);
        }
        if (c.SeenBefore($"{found.Id}|{year}", r.RowNumber) is { } first)
        {
            return Reject(r, name, [$"与第 {first} 行是同一企业的同一年度"]);
        }
        var existing = await db.EnterpriseYears.AsNoTracking().SingleOrDefaultAsync(y => y.EnterpriseId == found.Id && y.Year == year);
        var input = existing is null ? new EnterpriseYearInput() : EnterpriseYearInput.From(existing);
        var before = existing is null ? null : JsonSerializer.Serialize(input);
        RowBinder.Fill(input, r, EnterpriseImportSpecs.Years);
        input.Year = year!.Value;
        input.Source = r.GetString("Source") ?? (existing is null ? options.Source : null) ?? input.Source;
        var errors = years.Check(input).Select(e => e.Message).ToList();
        var owner = existing?.OwnerUnitId ?? (scope.CanWrite(found.OwnerUnitId) ? found.OwnerUnitId : EnterpriseYearSave.OwnUnit(scope));
        if (errors.Count == 0 && !scope.CanWrite(owner))
        {
            errors.Add("这些数据由填报单位维护，您不能修改");
        }
        if (errors.Count > 0)
        {
            return Reject(r, name, errors);
        }
        var row = new ImportRow(r.RowNumber, name, existing is null ? RowAction.Create : RowAction.Update, []);
        if (before is not null && before == JsonSerializer.Serialize(input))
        {
            return new ImportPlan(row, null);
        }
        return new ImportPlan(row, async () =>
        {
            var saved = await years.SaveAsync(found.Id, input);
            return saved.Outcome == SaveOutcome.Saved ? null : string.Join("；", saved.Errors.Select(e => e.Message).DefaultIfEmpty("无法保存"));
        });
    }
}
