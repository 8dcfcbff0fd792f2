using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Projects;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Changing the bounds of one sector's row of the size table through <see cref="SizeRuleSave"/>.</summary>
[Authorize(Policy = Policies.ManageReference)]
[Function(Policies.ManageReference)]
public sealed class SizeRuleEditModel(AppDbContext db, SizeRuleSave save, Texts t) : PageModel
{
    [BindProperty] public SizeRuleInput Input { get; set; } = new();

    public SizeRule? Rule { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        Rule = await db.SizeRules.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code);
        if (Rule is null)
        {
            return NotFound();
        }
        Input = SizeRuleInput.From(Rule);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string code)
    {
        if (ModelState.IsValid)
        {
            var result = await save.SaveAsync(code, Input);
            if (result.Outcome == SaveOutcome.Saved)
            {
                return Redirect("/Enterprises/Kinds");
            }
            foreach (var (field, message) in result.Errors)
            {
                ModelState.AddModelError(string.IsNullOrEmpty(field) ? "" : $"Input.{field}", t[message]);
            }
        }
        Rule = await db.SizeRules.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code);
        return Rule is null ? NotFound() : Page();
    }
}
