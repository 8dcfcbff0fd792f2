using Ballast.Web.Common.Excel;
using Ballast.Web.Features.Projects;
using Ballast.Web.Features.Projects.Import;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>One sheet row: find the policy, lay the row's cells over it (an empty cell keeps the stored value),
/// ask the save what it would refuse, and say whether anything changes at all.</summary>
public sealed partial class PolicyImporter
{
    private async Task<ImportPlan> PlanRowAsync(ParsedRow r, PolicyRowContext c)
    {
        var problems = new List<string>(r.Problems);
        var (title, issuer, number, code) = (r.GetString("Title"), r.GetString("Issuer"), r.GetString("DocumentNumber"), r.GetString("Code"));
        var found = c.Index.Find(code, number, issuer, title, out var unknownCode);
        if (unknownCode)
        {
            problems.Add(t["「公开代码」{0} 不对应任何政策；新政策请不填公开代码", code!]);
        }
        var cells = PolicyCells.Read(r, c.Lookups, t, problems);
        if (problems.Count > 0)
        {
            return Reject(r, title, problems);
        }
        var key = found is not null ? $"id|{found.Id}" : $"{DocumentNumbers.Normalise(number) ?? "title|" + title}|{issuer}";
        if (c.SeenBefore(key, r.RowNumber) is { } first)
        {
            return Reject(r, title, [t["与第 {0} 行是同一政策", first]]);
        }
        var existing = found is null ? null : await db.Policies.AsNoTracking().Include(p => p.Chains).Include(p => p.Industries)
            .Include(p => p.Contacts).AsSplitQuery().SingleOrDefaultAsync(p => p.Id == found.Id);
        if (found is not null && existing is null)
        {
            return Reject(r, title, [t["只能修改本单位的政策"]]);
        }
        var input = existing is null ? new PolicyInput() : PolicyInput.From(existing);
        RowBinder.Fill(input, r, PolicyImportSpecs.All);
        cells.Apply(input, isNew: existing is null);
        var errors = await save.ErrorsAsync(existing, input);
        if (errors.Count > 0)
        {
            return Reject(r, title, errors.Select(e => PolicyCells.Named(e.Field, e.Message, t)));
        }
        var action = existing is null ? RowAction.Create : PolicyCells.Same(PolicyInput.From(existing), input) ? RowAction.Unchanged : RowAction.Update;
        var row = new ImportRow(r.RowNumber, input.Title, action, []);
        return new ImportPlan(row, action == RowAction.Unchanged ? null : async () =>
        {
            var saved = existing is null ? await save.CreateAsync(input) : await save.UpdateAsync(existing.Id, input);
            return saved.Outcome == SaveOutcome.Saved ? null : string.Join("；", saved.Errors.Select(e => e.Message).DefaultIfEmpty(t["无法保存"]));
        });
    }

    private static ImportPlan Reject(ParsedRow row, string? name, IEnumerable<string> problems) =>
        new(new ImportRow(row.RowNumber, name, RowAction.Reject, [.. problems]), null);
}
