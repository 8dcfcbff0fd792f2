using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A firm as the list, its export and the API show it, with the chosen year's figures (null: not reported).</summary>
public sealed record EnterpriseRow(int Id, string Name, string? Uscc, string? FormerNames, string? Country, int OwnerUnitId, string? District,
    int? ChainId, string? Chain, string? IndustryDivisionCode, bool IsAboveScale, bool IsListed, SizeClass? SizeClass, decimal? Revenue,
    decimal? TaxPaid, int? Employees, int Designations, bool IsDemo, int Version,
    decimal? LandAreaMu = null, string? ParcelCode = null, DateOnly? LandRightOn = null, bool IsStandardLand = false)
{
    public static IQueryable<EnterpriseRow> Of(Data.AppDbContext db, IQueryable<Enterprise> q, int year) => q.Select(e => new EnterpriseRow(
        e.Id, e.Name, e.Uscc, e.FormerNames, e.Country, e.OwnerUnitId, e.OwnerUnit!.Name, e.ChainId, e.Chain!.Name, e.IndustryDivisionCode,
        e.IsAboveScale, e.IsListed,
        db.EnterpriseYears.Where(y => y.EnterpriseId == e.Id && y.Year == year).Select(y => y.SizeClass).FirstOrDefault(),
        db.EnterpriseYears.Where(y => y.EnterpriseId == e.Id && y.Year == year).Select(y => y.Revenue).FirstOrDefault(),
        db.EnterpriseYears.Where(y => y.EnterpriseId == e.Id && y.Year == year).Select(y => y.TaxPaid).FirstOrDefault(),
        db.EnterpriseYears.Where(y => y.EnterpriseId == e.Id && y.Year == year).Select(y => y.Employees).FirstOrDefault(),
        db.Designations.Count(d => d.EnterpriseId == e.Id), e.IsDemo, e.Version,
        e.LandAreaMu, e.ParcelCode, e.LandRightOn, e.IsStandardLand));

    public static Task<EnterpriseRow?> OneAsync(Data.AppDbContext db, int id, int year) =>
        Of(db, db.Enterprises.AsNoTracking().Where(e => e.Id == id), year).SingleOrDefaultAsync();
}
