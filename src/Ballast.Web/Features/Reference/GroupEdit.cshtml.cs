using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Reference;

[Authorize(Policy = Policies.ManageReference)]
[Function(Policies.ManageReference)]
public sealed class GroupEditModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty]
    public GroupInput Input { get; set; } = new();

    public int? Id { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id)
    {
        Id = id;
        if (id is not null)
        {
            var group = await db.IndustryGroups.AsNoTracking().SingleOrDefaultAsync(g => g.Id == id);
            if (group is null)
            {
                return NotFound();
            }
            Input = GroupInput.From(group);
        }
        else
        {
            Input.SortOrder = await db.IndustryGroups.Select(g => (int?)g.SortOrder).MaxAsync() + 1 ?? 0;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id)
    {
        Id = id;
        var group = id is null ? null : await db.IndustryGroups.SingleOrDefaultAsync(g => g.Id == id);
        if (id is not null && group is null)
        {
            return NotFound();
        }
        if (group is null)
        {
            var code = Input.Code?.Trim();
            if (string.IsNullOrEmpty(code))
            {
                ModelState.AddModelError("Input.Code", t["请填写代码"]);
            }
            else if ((await db.IndustryGroups.Select(g => g.Code).ToListAsync()).Contains(code, StringComparer.OrdinalIgnoreCase))
            {
                ModelState.AddModelError("Input.Code", t["代码 {0} 已被使用", code]);
            }
        }
        var name = Input.Name.Trim();
        var self = group?.Id ?? 0;
        if (name.Length > 0 && await db.IndustryGroups.AnyAsync(g => g.Name == name && g.Id != self))
        {
            ModelState.AddModelError("Input.Name", t["名称 {0} 已被其他产业分类使用", name]);
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        group ??= db.IndustryGroups.Add(new IndustryGroup { Code = Input.Code!.Trim(), Name = name }).Entity;
        Input.ApplyTo(group);
        await db.SaveChangesAsync();
        return Redirect("/Reference?tab=groups");
    }
}
