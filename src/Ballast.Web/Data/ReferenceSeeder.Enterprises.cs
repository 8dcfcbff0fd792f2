using Ballast.Web.Features.Enterprises;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Data;

public static partial class ReferenceSeeder
{
    /// <summary>The national size table and the designation kinds a city starts with; administrators extend them.</summary>
    private static async Task SeedEnterpriseReferenceAsync(AppDbContext db, CancellationToken ct)
    {
        var seed = Read<EnterpriseReferenceSeed>("enterprise-reference.json");
        if (!await db.SizeRules.AnyAsync(ct))
        {
            db.SizeRules.AddRange(seed.SizeRules.Select((r, i) => { r.SortOrder = i; return r; }));
        }
        if (!await db.DesignationKinds.AnyAsync(ct))
        {
            var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, ct);
            db.DesignationKinds.AddRange(seed.DesignationKinds.Select((k, i) => new DesignationKind
            {
                Code = k.Code, Name = k.Name, NameEn = k.NameEn, Subject = k.Subject, DefaultLevel = k.DefaultLevel,
                ValidYears = k.ValidYears, SortOrder = i,
                GrantingUnitId = k.GrantingUnit is { } code && units.TryGetValue(code, out var id) ? id : null,
            }));
        }
        await db.SaveChangesAsync(ct);
    }

    private sealed record EnterpriseReferenceSeed(List<SizeRule> SizeRules, List<KindSeed> DesignationKinds);

    private sealed record KindSeed(string Code, string Name, string? NameEn, DesignationSubject Subject,
        DesignationLevel DefaultLevel, int? ValidYears, string? GrantingUnit);
}
