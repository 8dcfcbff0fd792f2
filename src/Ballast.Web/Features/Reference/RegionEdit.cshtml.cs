using Ballast.Web.Common.Codes;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Web;
using Ballast.Web.Data;
using Ballast.Web.Features.Auth;
using Ballast.Web.Features.Organisation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Reference;

[Authorize(Policy = Policies.ManageReference)]
[Function(Policies.ManageReference)]
public sealed class RegionEditModel(AppDbContext db, Texts t) : PageModel
{
    [BindProperty]
    public RegionInput Input { get; set; } = new();

    public string? Code { get; private set; }
    public IReadOnlyList<SelectListItem> Successors { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string? code)
    {
        if (code is not null)
        {
            var region = await db.Regions.AsNoTracking().SingleOrDefaultAsync(r => r.Code == code);
            if (region is null)
            {
                return NotFound();
            }
            Input = RegionInput.From(region);
        }
        else
        {
            Input.SortOrder = await db.Regions.Select(r => (int?)r.SortOrder).MaxAsync() + 1 ?? 0;
        }
        await LoadAsync(code);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? code)
    {
        var region = code is null ? null : await db.Regions.SingleOrDefaultAsync(r => r.Code == code);
        if (code is not null && region is null)
        {
            return NotFound();
        }
        var all = await db.Regions.AsNoTracking().ToDictionaryAsync(r => r.Code, r => r.SuccessorCode);
        var key = region?.Code ?? RegionInput.CleanCode(Input.Code);
        ValidateCode(region, key, all);
        ValidateSuccessor(key, all);
        if (!ModelState.IsValid)
        {
            await LoadAsync(code);
            return Page();
        }
        if (region is null)
        {
            region = new Region { Code = key!, Name = Input.Name, Level = RegionCode.LevelOf(key!), ParentCode = NearestParent(key!, all) };
            db.Regions.Add(region);
        }
        Input.ApplyTo(region);
        await db.SaveChangesAsync();
        return Redirect("/Reference?tab=regions");
    }

    private void ValidateCode(Region? region, string? key, Dictionary<string, string?> all)
    {
        if (region is not null)
        {
            return;
        }
        if (key is null)
        {
            ModelState.AddModelError("Input.Code", t["请填写区划代码"]);
        }
        else if (!RegionCode.IsWellFormed(key))
        {
            ModelState.AddModelError("Input.Code", t["{0} 不是有效的 GB/T 2260 区划代码（6位数字，前两位为省级代码）", key]);
        }
        else if (all.ContainsKey(key))
        {
            ModelState.AddModelError("Input.Code", t["区划代码 {0} 已存在", key]);
        }
    }

    private void ValidateSuccessor(string? key, Dictionary<string, string?> all)
    {
        if (RegionInput.CleanCode(Input.SuccessorCode) is not { } successor)
        {
            return;
        }
        if (!Input.IsRetired)
        {
            ModelState.AddModelError("Input.SuccessorCode", t["只有已撤销的区划才有继任区划"]);
        }
        else if (!all.ContainsKey(successor))
        {
            ModelState.AddModelError("Input.SuccessorCode", t["继任区划 {0} 不存在", successor]);
        }
        else if (Leads(successor, key, all))
        {
            ModelState.AddModelError("Input.SuccessorCode", t["继任区划不能是本区划，也不能由本区划继任"]);
        }
    }

    /// <summary>True when following successors from <paramref name="from"/> comes back to <paramref name="target"/>.</summary>
    private static bool Leads(string from, string? target, Dictionary<string, string?> all)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (string? c = from; c is not null && seen.Add(c); c = all.GetValueOrDefault(c))
        {
            if (c == target)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The closest enclosing code that exists (a county under a directly administered
    /// area may have no city row).</summary>
    private static string? NearestParent(string code, Dictionary<string, string?> all)
    {
        for (var p = RegionCode.ParentOf(code); p is not null; p = RegionCode.ParentOf(p))
        {
            if (all.ContainsKey(p))
            {
                return p;
            }
        }
        return null;
    }

    private async Task LoadAsync(string? code)
    {
        Code = code;
        Successors = [.. (await db.Regions.AsNoTracking().Where(r => r.Code != code).OrderBy(r => r.Code).ToListAsync())
            .Select(r => new SelectListItem($"{r.Code} {Texts.Pick(r.Name, r.NameEn)}" + (r.IsRetired ? $"（{t["已撤销"]}）" : ""), r.Code))];
    }
}
