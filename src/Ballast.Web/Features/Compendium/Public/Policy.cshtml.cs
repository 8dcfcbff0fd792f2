using Ballast.Web.Common;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ballast.Web.Features.Compendium;

/// <summary>A published policy at its short address, for a phone that scanned its QR code. No session needed.</summary>
[AllowAnonymous]
public sealed class PublicPolicyModel(AppDbContext db, TimeProvider time) : PageModel
{
    public PublicPolicy Policy { get; private set; } = null!;
    public PolicyStatus Status { get; private set; }

    public async Task<IActionResult> OnGetAsync(string code)
    {
        if (await PublicPolicies.FindAsync(db, code) is not { } policy)
        {
            return NotFound();
        }
        Policy = policy;
        Status = PolicyStatuses.Effective(policy.Status, policy.ExpiresOn, CityTime.Today(time));
        return Page();
    }

    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{bytes / 1024d / 1024d:0.0} MB"
        : $"{Math.Max(1, bytes / 1024)} KB";
}
