using Ballast.Web.Common;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Compendium;

/// <summary>The public index of published policies, grouped by level and kind, with a search box.</summary>
[AllowAnonymous]
public sealed class PublicIndexModel(AppDbContext db, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public List<IGrouping<(PolicyLevel Level, PolicyKind Kind), PublicListing>> Groups { get; private set; } = [];
    public int Count { get; private set; }

    public async Task OnGetAsync()
    {
        var rows = await PublicListings.ListAsync(db, CityTime.Today(time), Query);
        Count = rows.Count;
        Groups = [.. rows.GroupBy(r => (r.Level, r.Kind))];
    }
}
