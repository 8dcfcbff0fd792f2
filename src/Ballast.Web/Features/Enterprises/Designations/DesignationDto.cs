using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

public sealed record DesignationDto(int Id, string KindCode, string? KindName, int? EnterpriseId, string? SubjectName, int? DistrictUnitId,
    DesignationLevel Level, int Year, DateOnly? ExpiresOn, string? SourceDocument, int OwnerUnitId, bool IsDemo, int Version)
{
    public static IQueryable<DesignationDto> Of(IQueryable<Designation> q) => q.Select(d => new DesignationDto(d.Id, d.KindCode, d.Kind!.Name,
        d.EnterpriseId, d.Enterprise != null ? d.Enterprise.Name : d.SubjectName, d.DistrictUnitId, d.Level, d.Year, d.ExpiresOn, d.SourceDocument,
        d.OwnerUnitId, d.IsDemo, d.Version));

    public static async Task<IReadOnlyList<DesignationDto>> OfFirmAsync(Data.AppDbContext db, int id) =>
        await Of(db.Designations.AsNoTracking().Where(d => d.EnterpriseId == id).OrderByDescending(d => d.Year).ThenBy(d => d.KindCode)).ToListAsync();
}
