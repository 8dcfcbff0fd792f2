using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The conditions editor: add, change, move and remove a policy's conditions. Every change saves the whole ordered list
/// through <see cref="ConditionSave"/>, so the page refuses exactly what the API and an import refuse.</summary>
[Function(Policies.BusinessWrite)]
public sealed class ConditionsModel(AppDbContext db, UserScope scope, ConditionSave save, Texts t) : PageModel
{
    /// <summary>The condition being edited (its position), or null when adding one.</summary>
    [BindProperty(SupportsGet = true)] public int? Edit { get; set; }
    [BindProperty] public ConditionInput Input { get; set; } = new();
    [BindProperty] public int Version { get; set; }

    public Policy Policy { get; private set; } = null!;
    public IReadOnlyList<PolicyCondition> Current { get; private set; } = [];
    public ConditionNames Names { get; private set; } = new(new Dictionary<string, string>());
    public bool CanEdit { get; private set; }
    public IReadOnlyList<SelectListItem> Values { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, ConditionKind? kind)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        Version = Policy.Version;
        Input = Edit is { } i && i >= 0 && i < Current.Count ? ConditionInput.From(Current[i]) : new ConditionInput();
        if (kind is { } k && Enum.IsDefined(k) && k != Input.Kind)
        {
            Input = new ConditionInput { Kind = k, Label = Input.Label };
        }
        Input.Operator ??= ConditionRules.OperatorsFor(Input.Kind)[0];
        await PickersAsync();
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(int id) => ChangeAsync(id, list =>
    {
        if (Edit is { } i && i >= 0 && i < list.Count)
        {
            list[i] = Input;
        }
        else
        {
            list.Add(Input);
        }
    });

    public Task<IActionResult> OnPostRemoveAsync(int id, int index) => ChangeAsync(id, list =>
    {
        if (index >= 0 && index < list.Count)
        {
            list.RemoveAt(index);
        }
    }, keepForm: false);

    public Task<IActionResult> OnPostMoveAsync(int id, int index, int by) => ChangeAsync(id, list =>
    {
        var to = index + Math.Sign(by);
        if (index >= 0 && index < list.Count && to >= 0 && to < list.Count)
        {
            (list[index], list[to]) = (list[to], list[index]);
        }
    }, keepForm: false);

    private async Task<IActionResult> ChangeAsync(int id, Action<List<ConditionInput>> change, bool keepForm = true)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }
        var list = Current.Select(ConditionInput.From).ToList();
        change(list);
        var result = await save.SaveAsync(id, new ConditionList { Version = Version, Conditions = list });
        if (result.Outcome == SaveOutcome.Saved)
        {
            return Redirect($"/Policies/{id}/Conditions");
        }
        if (result.Outcome == SaveOutcome.NotFound)
        {
            return NotFound();
        }
        var edited = Edit is { } e && e >= 0 && e < Current.Count ? e : list.Count - 1;
        foreach (var (field, message) in result.Errors)
        {
            var own = keepForm && field.StartsWith($"Conditions[{edited}].", StringComparison.Ordinal);
            ModelState.AddModelError(own ? "Input." + field[(field.IndexOf('.', StringComparison.Ordinal) + 1)..] : "", t[message]);
        }
        if (!keepForm)
        {
            Input = new ConditionInput { Operator = ConditionOperator.In };
        }
        await PickersAsync();
        return Page();
    }

    private async Task<bool> LoadAsync(int id)
    {
        var policy = await db.Policies.AsNoTracking().Include(p => p.Conditions).SingleOrDefaultAsync(p => p.Id == id);
        if (policy is null)
        {
            return false;
        }
        Policy = policy;
        Current = [.. policy.Conditions.OrderBy(c => c.SortOrder).ThenBy(c => c.Id)];
        CanEdit = scope.CanWrite(policy.OwnerUnitId);
        Names = await ConditionNames.LoadAsync(db);
        return true;
    }

    private async Task PickersAsync() => Values = await ConditionChoices.ForAsync(db, Input.Kind, Input.Values, t);
}
