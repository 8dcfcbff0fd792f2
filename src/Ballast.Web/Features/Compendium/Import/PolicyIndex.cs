using Ballast.Web.Common;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>Finds the stored policy a sheet row means: by its public code; else by 文号 (normalised) and issuer;
/// else by exact title and issuer (unless both carry different numbers). Where several answer, the one in
/// force, then the newest.</summary>
public sealed class PolicyIndex
{
    public sealed record Key(int Id, string Code, string Title, string? Number, string Issuer, bool InForce);

    private readonly Dictionary<string, Key> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<(string, string), Key> _byNumber = [];
    private readonly Dictionary<(string, string), Key> _byTitle = [];

    public static async Task<PolicyIndex> LoadAsync(AppDbContext db)
    {
        var today = CityTime.Today(db.Time);
        var keys = await db.Policies.AsNoTracking().IgnoreQueryFilters()
            .Select(p => new { p.Id, p.Code, p.Title, p.DocumentNumber, p.Issuer, p.Status, p.ExpiresOn }).ToListAsync();
        var index = new PolicyIndex();
        // Weakest first, so the policy in force (then the newest) is the one left under each key.
        foreach (var p in keys.Select(p => new Key(p.Id, p.Code, p.Title, p.DocumentNumber, p.Issuer,
            PolicyStatuses.Effective(p.Status, p.ExpiresOn, today) == PolicyStatus.InForce)).OrderBy(k => k.InForce).ThenBy(k => k.Id))
        {
            index._byCode[p.Code] = p;
            if (p.Number is { } number)
            {
                index._byNumber[(number, p.Issuer)] = p;
            }
            index._byTitle[(p.Title, p.Issuer)] = p;
        }
        return index;
    }

    /// <summary>The policy, or null when none is stored; a code that names none is a problem of its own.</summary>
    public Key? Find(string? code, string? number, string? issuer, string? title, out bool unknownCode)
    {
        unknownCode = false;
        if (code is not null)
        {
            unknownCode = !_byCode.TryGetValue(code.ToUpperInvariant(), out var byCode);
            return byCode;
        }
        if (issuer is null)
        {
            return null;
        }
        var n = DocumentNumbers.Normalise(number);
        if (n is not null && _byNumber.TryGetValue((n, issuer), out var byNumber))
        {
            return byNumber;
        }
        // A title alone does not join two different numbers: a revision keeps its title under a new 文号.
        return title is not null && _byTitle.TryGetValue((title, issuer), out var byTitle) && (n is null || byTitle.Number is null) ? byTitle : null;
    }
}
