using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Programme;

/// <summary>Test helpers for the reporting cycle on the seeded 2023 plan: periods opened in the
/// database, the service acting as a user of a unit, submissions read back as the system.</summary>
public static class SubmissionWorld
{
    public const string Miit = "dept-miit";
    public const string Drc = "dept-drc";
    public const string Statistics = "dept-statistics";
    public const string Science = "dept-science";
    public const string Commerce = "dept-commerce";
    public const string Xihaian = "370211";
    public const string Jimo = "370215";

    /// <summary>A moment given as the wall clock in China, in UTC as a clock gives it.</summary>
    public static DateTimeOffset City(int month, int day, int hour = 9, int minute = 0) =>
        new DateTimeOffset(2023, month, day, hour, minute, 0, TimeSpan.FromHours(8)).ToUniversalTime();

    public static Task<int> OpenAsync(BallastFactory factory, int month, DateOnly due) => factory.WithDbAsync(async db =>
    {
        var period = new ReportingPeriod { Year = 2023, Month = month, DueOn = due, State = PeriodState.Open, OpenedAt = db.Time.GetUtcNow() };
        db.ReportingPeriods.Add(period);
        await db.SaveChangesAsync();
        return period.Id;
    });

    public static Task<int> IndicatorAsync(BallastFactory factory, string code) => factory.WithDbAsync(db =>
        db.Indicators.Where(i => i.Code == code && db.Plans.Any(p => p.Year == 2023 && p.Id == i.Battle!.PlanId)).Select(i => i.Id).SingleAsync());

    public static Task<int> UnitAsync(BallastFactory factory, string code) => factory.WithDbAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    /// <summary>Runs the service as a user of the unit with the role, scoped as the session
    /// middleware would scope them.</summary>
    public static async Task<T> AsAsync<T>(BallastFactory factory, string unitCode, string role, Func<SubmissionService, AppDbContext, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var user = scope.ServiceProvider.GetRequiredService<UserScope>();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var units = await db.Units.AsNoTracking().Select(u => new { u.Id, u.ParentId }).ToListAsync();
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        user.SetUser(1, $"{role}@{unitCode}", Roles.CityWideReaders.Contains(role), Roles.CityWideWriters.Contains(role),
            UnitTree.WithDescendants(unitId, units.Select(u => (u.Id, u.ParentId))));
        return await work(new SubmissionService(db, user), db);
    }

    public static Task<T> AsAsync<T>(BallastFactory factory, string unitCode, string role, Func<SubmissionService, Task<T>> work) =>
        AsAsync(factory, unitCode, role, (service, _) => work(service));

    public static Task<IndicatorSubmission?> SubmissionAsync(BallastFactory factory, int periodId, int indicatorId, string unitCode) =>
        factory.WithDbAsync(db => db.IndicatorSubmissions.AsNoTracking()
            .SingleOrDefaultAsync(s => s.PeriodId == periodId && s.IndicatorId == indicatorId && s.OwnerUnit!.Code == unitCode));

    public static Task<int> SubmissionCountAsync(BallastFactory factory, int periodId) =>
        factory.WithDbAsync(db => db.IndicatorSubmissions.CountAsync(s => s.PeriodId == periodId));
}
