using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Reference;

[Authorize(Policy = Policies.ManageReference)]
[Function(Policies.ManageReference)]
public sealed class ChainEditModel(AppDbContext db, Texts t) : PageModel
{
    /// <summary>The mark the seed puts in names it does not know yet.</summary>
    public const string PlaceholderMark = "待定名";

    [BindProperty]
    public ChainInput Input { get; set; } = new();

    public int? Id { get; private set; }
    public IReadOnlyList<SelectListItem> Groups { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        if (id is not null)
        {
            var chain = await db.Chains.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id);
            if (chain is null)
            {
                return NotFound();
            }
            Input = ChainInput.From(chain);
        }
        else
        {
            Input.SortOrder = await db.Chains.Select(c => (int?)c.SortOrder).MaxAsync() + 1 ?? 0;
        }
        await LoadAsync(id);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        var chain = id is null ? null : await db.Chains.SingleOrDefaultAsync(c => c.Id == id);
        if (id is not null && chain is null)
        {
            return NotFound();
        }
        await ValidateAsync(chain);
        if (!ModelState.IsValid)
        {
            await LoadAsync(id);
            return Page();
        }
        chain ??= db.Chains.Add(new Chain { Code = Input.Code!.Trim(), Name = Input.Name }).Entity;
        var renamedPlaceholder = chain.IsPlaceholder && chain.Name != Input.Name.Trim();
        Input.ApplyTo(chain);
        // Giving a placeholder chain its real name is what ends its placeholder status.
        if (renamedPlaceholder && !chain.Name.Contains(PlaceholderMark, StringComparison.Ordinal))
        {
            chain.IsPlaceholder = false;
        }
        await db.SaveChangesAsync();
        return Redirect("/Reference?tab=chains");
    }

    private async Task ValidateAsync(Chain? chain)
    {
        if (chain is null)
        {
            var code = Input.Code?.Trim();
            if (string.IsNullOrEmpty(code))
            {
                ModelState.AddModelError("Input.Code", t["请填写代码"]);
            }
            else if ((await db.Chains.Select(c => c.Code).ToListAsync()).Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                ModelState.AddModelError("Input.Code", t["代码 {0} 已被使用", code]);
            }
        }
        var name = Input.Name.Trim();
        var self = chain?.Id ?? 0;
        if (name.Length > 0 && await db.Chains.AnyAsync(c => c.Name == name && c.Id != self))
        {
            ModelState.AddModelError("Input.Name", t["名称 {0} 已被其他产业链使用", name]);
        }
        if (Input.GroupId is int g && !await db.IndustryGroups.AnyAsync(x => x.Id == g))
        {
            ModelState.AddModelError("Input.GroupId", t["产业分类不存在"]);
        }
    }

    private async Task LoadAsync(int? id)
    {
        Id = id;
        Groups = [.. (await db.IndustryGroups.AsNoTracking().OrderBy(g => g.SortOrder).ToListAsync())
            .Select(g => new SelectListItem(Texts.Pick(g.Name, g.NameEn), g.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
