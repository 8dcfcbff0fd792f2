using Ballast.Web.Common;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Enterprises;

/// <summary>Recording and changing a designation, the same on every channel. It belongs to the department
/// that records its kind (<see cref="DesignationKind.GrantingUnitId"/>), else to the programme office: only
/// they change it. One per firm, kind and year.</summary>
public sealed class DesignationSave(AppDbContext db, UserScope scope, Texts t)
{
    /// <summary>The unit that keeps designations of a kind with no recording department.</summary>
    public const string ProgrammeOfficeUnit = "dept-drc";

    public async Task<RecordSave<Designation>> SaveAsync(int? id, DesignationInput input, bool isDemo = false)
    {
        var existing = id is null ? null : await db.Designations.SingleOrDefaultAsync(d => d.Id == id);
        if (id is not null && (existing is null || !await VisibleAsync(existing)))
        {
            return Saves.NotFound<Designation>();
        }
        var (errors, kind, firm) = await CheckAsync(id, input);
        if (errors.Count > 0)
        {
            return Saves.Invalid<Designation>(errors);
        }
        var owner = await OwnerOfAsync(kind!);
        if (!scope.CanWrite(owner) || (existing is not null && !scope.CanWrite(existing.OwnerUnitId)))
        {
            return Saves.Forbidden<Designation>(nameof(input.KindCode), "该类认定由其认定部门维护，您不能修改");
        }
        var d = existing ?? new Designation { KindCode = kind!.Code, IsDemo = isDemo };
        if (existing is null)
        {
            db.Designations.Add(d);
        }
        else
        {
            db.Entry(d).Property(x => x.Version).OriginalValue = input.Version;
        }
        Apply(d, input, kind!, firm, owner);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            var current = await db.Designations.AsNoTracking().SingleAsync(x => x.Id == id);
            return new RecordSave<Designation>(SaveOutcome.Conflict, null, [("", "该认定已被他人修改，您的修改未保存")], current);
        }
        return Saves.Saved<Designation>(d);
    }

    /// <summary>Every rule of one designation, without writing; the import runs it per row.</summary>
    public async Task<(List<(string Field, string Message)> Errors, DesignationKind? Kind, Enterprise? Firm)> CheckAsync(int? id, DesignationInput input)
    {
        var errors = InputRules.Validate(input, t);
        if (errors.Count > 0)
        {
            return (errors, null, null);
        }
        var kind = await db.DesignationKinds.FindAsync(input.KindCode);
        errors.AddRange(DesignationRules.Check(input, kind, CityTime.DateOf(db.Time.GetUtcNow())));
        var firm = input.EnterpriseId is { } fid ? await db.Enterprises.SingleOrDefaultAsync(e => e.Id == fid) : null;
        if (input.EnterpriseId is not null && firm is null)
        {
            errors.Add((nameof(input.EnterpriseId), "企业不存在"));
        }
        if (input.DistrictUnitId is { } district && await db.Units.FindAsync(district) is null)
        {
            errors.Add((nameof(input.DistrictUnitId), "所在区市不存在"));
        }
        if (errors.Count == 0 && firm is not null
            && await db.Designations.AnyAsync(d => d.EnterpriseId == firm.Id && d.KindCode == input.KindCode && d.Year == input.Year && d.Id != (id ?? 0)))
        {
            errors.Add((nameof(input.Year), "该企业本年度已有同类认定"));
        }
        return (errors, kind, firm);
    }

    public async Task<int> OwnerOfAsync(DesignationKind kind) =>
        kind.GrantingUnitId ?? await db.Units.Where(u => u.Code == ProgrammeOfficeUnit).Select(u => u.Id).SingleAsync();

    /// <summary>A firm's designation is seen by who sees the firm.</summary>
    private async Task<bool> VisibleAsync(Designation d) => d.EnterpriseId is not { } fid || await db.Enterprises.AnyAsync(e => e.Id == fid);

    private static void Apply(Designation d, DesignationInput input, DesignationKind kind, Enterprise? firm, int owner)
    {
        d.KindCode = kind.Code;
        d.EnterpriseId = firm?.Id;
        d.SubjectName = firm is null ? EnterpriseInput.Clean(input.SubjectName) : null;
        d.DistrictUnitId = firm?.OwnerUnitId ?? input.DistrictUnitId;
        d.Level = input.Level ?? kind.DefaultLevel;
        d.Year = input.Year;
        d.ExpiresOn = DesignationRules.ExpiryOf(input, kind);
        d.SourceDocument = EnterpriseInput.Clean(input.SourceDocument);
        d.OwnerUnitId = owner;
    }
}
