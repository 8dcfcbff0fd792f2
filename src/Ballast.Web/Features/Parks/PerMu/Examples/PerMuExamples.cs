using Ballast.Web.Common.Localization;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>The two example schemes every install starts with (reference data, not demo data): Shandong's
/// (鲁政字〔2019〕235号) and a Zhejiang-style one, for 2023 and, copied, for 2022. Their benchmarks are examples a
/// city adjusts to its own figures; they are saved through the scheme's own save and seeded once.</summary>
public static class PerMuExamples
{
    public const int Year = 2023;

    public static async Task SeedAsync(AppDbContext db, CancellationToken ct = default)
    {
        if (await db.PerMuSchemes.AnyAsync(s => s.IsExample, ct))
        {
            return;
        }
        var owner = await db.Units.Where(u => u.Code == "dept-drc").Select(u => (int?)u.Id).SingleOrDefaultAsync(ct)
            ?? await db.Units.Where(u => u.Kind == UnitKind.City).Select(u => (int?)u.Id).FirstOrDefaultAsync(ct);
        if (owner is null)
        {
            return;
        }
        var save = new PerMuSchemeSave(db, db.Scope, new Texts());
        foreach (var input in new[] { PerMuExampleSchemes.Shandong(), PerMuExampleSchemes.Zhejiang() })
        {
            var result = await save.CreateAsync(input, isExample: true, ownerUnitId: owner);
            var scheme = result.Record ?? throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Message)));
            await save.CopyAsync(scheme.Id, Year - 1, isExample: true, ownerUnitId: owner);
        }
    }
}
