using Ballast.Tests.Infrastructure;
using Ballast.Web.Data;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Lists;
using Microsoft.Extensions.DependencyInjection;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Auditing;

/// <summary>A trail that began in January 2022 (the reference data), gained entries in June 2022,
/// and again in July 2023, which is "now": with the 180-day minimum, entries before 2023-01-11 may go.</summary>
internal static class AuditArchiveWorld
{
    public static readonly DateTimeOffset Start = new(2022, 1, 10, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset June2022 = new(2022, 6, 1, 1, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Now = new(2023, 7, 10, 1, 0, 0, TimeSpan.Zero);

    public static async Task<BallastFactory> CreateAsync()
    {
        var app = new BallastFactory();
        app.Clock.Set(Start);
        var unit = await UnitAsync(app, "370211");
        app.Clock.Set(June2022);
        await AddTargetsAsync(app, unit, "二〇二二年目标", 5);
        app.Clock.Set(Now);
        await AddTargetsAsync(app, unit, "二〇二三年目标", 3);
        return app;
    }

    public static Task AddTargetsAsync(BallastFactory app, int unit, string name, int count) => app.WithDbAsync(async db =>
    {
        for (var i = 1; i <= count; i++)
        {
            db.AttractionTargets.Add(new AttractionTarget { Year = 2023, Name = $"{name}{i}", OwnerUnitId = unit });
            await db.SaveChangesAsync();
        }
    });

    /// <summary>Runs <c>audit archive</c> as the command does, answering the exit code and what it printed.</summary>
    public static async Task<(int Code, string Output)> ArchiveAsync(BallastFactory app, params string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        using var output = new StringWriter();
        var code = await AuditArchiveCommand.RunAsync(scope.ServiceProvider, args, output, output);
        return (code, output.ToString());
    }

    public static Task<AuditVerification> VerifyLiveAsync(BallastFactory app) => app.WithDbAsync(db => AuditVerifier.VerifyAsync(db));

    public static Task<T> WithDbAsync<T>(BallastFactory app, Func<AppDbContext, Task<T>> work) => app.WithDbAsync(work);
}
