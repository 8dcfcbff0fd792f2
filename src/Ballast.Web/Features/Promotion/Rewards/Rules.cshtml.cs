using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Promotion;

/// <summary>The reward rules, one per year; the office sets them.</summary>
[Function(Policies.ProgrammeManage)]
public sealed class RewardRulesModel(AppDbContext db, UserScope scope, RewardRuleSave save, Texts t) : PageModel
{
    [BindProperty] public RewardRuleInput Input { get; set; } = new();
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public List<RewardRule> Rules { get; private set; } = [];
    public Dictionary<int, string> PolicyTitles { get; private set; } = [];
    public bool CanEdit => scope.WritesAll;

    public async Task OnGetAsync()
    {
        await LoadAsync();
        var rule = Rules.FirstOrDefault(r => r.Year == Year) ?? Rules.FirstOrDefault();
        Input = rule is null ? new RewardRuleInput { Year = Year ?? DateTime.UtcNow.Year } : RewardRuleInput.From(rule);
        if (Year is { } y && rule?.Year != y)
        {
            Input = new RewardRuleInput { Year = y };
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await save.SaveAsync(Input);
        if (result.Outcome == Projects.SaveOutcome.Saved)
        {
            return Redirect($"/Promotion/Rewards/Rules?year={Input.Year}");
        }
        foreach (var (field, message) in result.Errors)
        {
            ModelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"Input.{field}", t[message]);
        }
        await LoadAsync();
        return Page();
    }

    private async Task LoadAsync()
    {
        Rules = await db.RewardRules.AsNoTracking().OrderByDescending(r => r.Year).ToListAsync();
        var ids = Rules.Where(r => r.PolicyId != null).Select(r => r.PolicyId!.Value).ToList();
        PolicyTitles = await db.Policies.IgnoreQueryFilters().AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title);
    }
}
