using System.Text.Json;
using Ballast.Web.Common.Excel;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Projects.Import;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A registry row: updates the firm it finds (an empty cell keeps the value), else registers one.</summary>
public sealed partial class EnterpriseImporter
{
    private async Task<ImportPlan> PlanFirmAsync(ParsedRow r, RowContext c)
    {
        var problems = new List<string>(r.Problems);
        var name = r.GetString("Name");
        var uscc = c.Code(r.GetString("Uscc"), problems, noteGiven: r.GetString("UsccNote") is not null);
        var district = c.District(r.GetString("District"), problems);
        var chain = c.Lookups.Chain(r.GetString("Chain"), problems);
        if (name is null || problems.Count > 0)
        {
            return Reject(r, name, problems);
        }
        var found = c.Firms.Find(uscc, name, out var ambiguity);
        if (ambiguity is not null)
        {
            return Reject(r, name, [ambiguity]);
        }
        if (c.SeenBefore(found is { Id: > 0 } ? $"id|{found.Id}" : $"new|{found?.Uscc ?? uscc ?? FirmIndex.Normal(name)}", r.RowNumber) is { } first)
        {
            return Reject(r, name, [$"与第 {first} 行是同一企业"]);
        }
        var existing = found is { Id: > 0 } ? await db.Enterprises.AsNoTracking().SingleOrDefaultAsync(e => e.Id == found.Id) : null;
        if (found is { Id: > 0 } && existing is null)
        {
            return Reject(r, name, ["该企业不在您的数据范围内"]);
        }
        if (existing is null && district is null)
        {
            return Reject(r, name, ["新登记的企业须填写「所在区市」"]);
        }
        var input = existing is null ? new EnterpriseInput { OwnerUnitId = district!.Id } : EnterpriseInput.From(existing);
        var before = existing is null ? null : JsonSerializer.Serialize(input);
        RowBinder.Fill(input, r, EnterpriseImportSpecs.Firms);
        input.Uscc = uscc ?? input.Uscc;
        input.OwnerUnitId = district?.Id ?? input.OwnerUnitId;
        input.ChainId = chain?.Id ?? input.ChainId;
        var errors = await firms.ErrorsAsync(existing?.Id, input);
        if (errors.Count == 0 && (!scope.CanWrite(input.OwnerUnitId) || (existing is not null && !scope.CanWrite(existing.OwnerUnitId))))
        {
            errors.Add(("", "企业所在区市不在您的数据范围内"));
        }
        if (errors.Count > 0)
        {
            return Reject(r, name, errors.Select(e => e.Message));
        }
        if (existing is null)
        {
            c.Firms.Add(new FirmIndex.FirmKey(0, input.Name, input.Uscc, input.OwnerUnitId, r.RowNumber));
        }
        var row = new ImportRow(r.RowNumber, name, existing is null ? RowAction.Create : RowAction.Update, []);
        if (before is not null && before == JsonSerializer.Serialize(input))
        {
            return new ImportPlan(row, null);
        }
        return new ImportPlan(row, async () =>
        {
            var saved = existing is null ? await firms.CreateAsync(input) : await firms.UpdateAsync(existing.Id, input);
            return saved.Outcome == SaveOutcome.Saved ? null : string.Join("；", saved.Errors.Select(e => e.Message).DefaultIfEmpty("无法保存"));
        });
    }
}
