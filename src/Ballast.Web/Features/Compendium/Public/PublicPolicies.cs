using System.Linq.Expressions;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>The published policies as the public pages read them. Anything not published answers as an unknown
/// code does, so an address tells nobody that an unpublished policy exists.</summary>
public static class PublicPolicies
{
    public static IQueryable<Policy> Published(AppDbContext db) => db.Policies.AsNoTracking().Where(p => p.IsPublished);

    /// <summary>Codes are letters and digits; anything else cannot be one and is not looked up.</summary>
    public static string? Normalise(string? code) =>
        code is { Length: > 0 and <= 12 } && code.All(char.IsAsciiLetterOrDigit) ? code.ToUpperInvariant() : null;

    public static async Task<PublicPolicy?> FindAsync(AppDbContext db, string? code)
    {
        if (Normalise(code) is not { } upper)
        {
            return null;
        }
        var policy = await Published(db).Where(HasCode(upper))
            .Select(p => new PublicPolicy(p.Code, p.Title, p.DocumentNumber, p.Issuer, p.Level, p.Kind, p.EffectiveOn, p.ExpiresOn,
                p.Status, p.Summary, p.FullText, p.ReplacedById) { Id = p.Id })
            .SingleOrDefaultAsync();
        if (policy is null)
        {
            return null;
        }
        var contacts = await db.PolicyContacts.AsNoTracking().Where(c => c.PolicyId == policy.Id)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Select(c => new PublicContact(c.Unit, c.Name, c.Phone)).ToListAsync();
        var files = await db.PolicyAttachments.AsNoTracking().Where(a => a.PolicyId == policy.Id && a.IsPublic)
            .OrderBy(a => a.Id).Select(a => new PublicFile(a.Id, a.FileName, a.Size)).ToListAsync();
        var successor = policy.ReplacedById is { } next
            ? await Published(db).Where(p => p.Id == next).Select(p => new { p.Code, p.Title }).SingleOrDefaultAsync()
            : null;
        return policy with { Contacts = contacts, Files = files, Successor = successor is null ? null : (successor.Code, successor.Title) };
    }

    /// <summary>A public attachment of a published policy, or null (unknown, private, or of an unpublished policy).</summary>
    public static async Task<PolicyAttachment?> FileAsync(AppDbContext db, string? code, int id)
    {
        if (Normalise(code) is not { } upper)
        {
            return null;
        }
        var policyId = await Published(db).Where(HasCode(upper)).Select(p => (int?)p.Id).SingleOrDefaultAsync();
        return policyId is null ? null
            : await db.PolicyAttachments.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id && a.PolicyId == policyId && a.IsPublic);
    }

    // UPPER() in SQL on both engines; codes are ASCII letters and digits, so no culture plays a part.
#pragma warning disable CA1304, CA1311, CA1862
    private static Expression<Func<Policy, bool>> HasCode(string upper) => p => p.Code.ToUpper() == upper;
#pragma warning restore CA1304, CA1311, CA1862
}
