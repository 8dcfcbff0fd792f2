using Ballast.Web.Common;
using Ballast.Web.Common.Tracking;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Compendium;

/// <summary>The printable compendium (A4): a cover, the contents by level and kind, then each published policy in force with
/// its summary and its QR code, drawn inline as SVG so the printout needs nothing else.</summary>
[AllowAnonymous]
public sealed class BookletModel(AppDbContext db, PublicAddress address, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public int ShownYear { get; private set; }
    public string City { get; private set; } = "";
    public DateOnly Printed { get; private set; }
    public List<PublicListing> Policies { get; private set; } = [];

    public async Task OnGetAsync()
    {
        ShownYear = ProgrammeYear.Resolve(HttpContext, Year);
        City = await PublicCity.NameAsync(db);
        Printed = CityTime.Today(time);
        Policies = await PublicListings.ListAsync(db, Printed, inForceOnly: true);
    }

    public IEnumerable<IGrouping<(PolicyLevel Level, PolicyKind Kind), (PublicListing Policy, int Number)>> Contents() =>
        Policies.Select((p, i) => (p, i + 1)).GroupBy(x => (x.p.Level, x.p.Kind));

    public string Address(string code) => address.Of(Request, code);

    public string Qr(string code) => QrImages.Svg(Address(code), 3);
}
