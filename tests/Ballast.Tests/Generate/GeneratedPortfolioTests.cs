using Ballast.Web.Common.Validation;
using Ballast.Web.Common.Localization;
using Ballast.Web.Data.Generate;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ballast.Tests.Generate;

/// <summary>The tiny scale writes what it says, and what it writes is what the app itself would hold:
/// every project passes the edit page's rules again, stage histories agree with the stages, every row
/// is in an unbroken audit trail.</summary>
public sealed partial class GeneratedPortfolioTests(GeneratedFactory factory) : IClassFixture<GeneratedFactory>
{
    private static readonly GeneratorScale Tiny = GeneratorScale.Tiny;

    [Fact]
    public Task Tiny_writes_the_stated_projects_key_projects_and_months() => factory.WithDbAsync(async db =>
    {
        Assert.Equal(Tiny.Projects, await db.Projects.CountAsync());
        Assert.Equal(Tiny.ConstructionPerYear, await db.KeyProjects.CountAsync(k => k.Year == 2023 && k.Class == KeyProjectClass.Construction));
        Assert.Equal(Tiny.KeyProjectsPerYear, await db.KeyProjects.CountAsync(k => k.Year == 2023));
        var periods = await db.ReportingPeriods.Where(p => p.Year == 2023).OrderBy(p => p.Month).ToListAsync();
        Assert.Equal(Enumerable.Range(2, 11), periods.Select(p => p.Month));
        Assert.Equal([12], periods.Where(p => p.State == PeriodState.Open).Select(p => p.Month));

        // February to November accepted for every construction-class project; December as the units left it.
        var perProject = await db.MonthlyReports.GroupBy(r => r.KeyProjectId)
            .Select(g => new { Accepted = g.Count(r => r.State == ReportState.Accepted), All = g.Count() }).ToListAsync();
        Assert.Equal(Tiny.ConstructionPerYear, perProject.Count);
        Assert.All(perProject, p => Assert.Equal(10, p.Accepted));
        Assert.All(perProject, p => Assert.InRange(p.All, 10, 11));
        Assert.Equal(factory.Counts.MonthlyReports, await db.MonthlyReports.CountAsync());
        Assert.Equal(factory.Counts.Rows, factory.Counts.Projects + await db.ProjectStageChanges.CountAsync() + await db.KeyProjects.CountAsync()
            + await db.MonthlyReports.CountAsync() + await db.Problems.CountAsync() + await db.LandingList.CountAsync());
    });

    [Fact]
    public Task Every_row_is_in_the_audit_trail_and_the_chain_verifies() => factory.WithDbAsync(async db =>
    {
        Assert.Equal(await db.Projects.CountAsync(), await db.AuditEntries.CountAsync(e => e.EntityType == nameof(Project)));
        Assert.Equal(await db.MonthlyReports.CountAsync(), await db.AuditEntries.CountAsync(e => e.EntityType == nameof(MonthlyReport)));
        var verification = await AuditVerifier.VerifyAsync(db);
        Assert.True(verification.Intact, verification.Problem);
    });

    [Fact]
    public async Task Every_project_passes_the_edit_pages_rules_and_its_history_matches_its_stage()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var t = scope.ServiceProvider.GetRequiredService<Texts>();
        var db = scope.ServiceProvider.GetRequiredService<Ballast.Web.Data.AppDbContext>();
        var projects = await db.Projects.AsNoTracking().Include(p => p.StageChanges).ToListAsync();
        Assert.All(projects, p =>
        {
            var input = ProjectInput.From(p);
            var errors = InputRules.Validate(input, t).Concat(ProjectRules.Check(input, p.SignedOn, DateOnly.FromDateTime(DateTime.UtcNow))).ToList();
            Assert.True(errors.Count == 0, $"{p.Name}: {string.Join("; ", errors)}");
            var history = p.StageChanges.OrderBy(c => c.Id).ToList();
            Assert.Equal(p.Stage, history.Count == 0 ? ProjectStage.Lead : history[^1].ToStage);
            Assert.Equal(history.Select(c => c.On).Order(), history.Select(c => c.On));
            Assert.Equal(history.FirstOrDefault(c => c.ToStage == ProjectStage.Signed)?.On, p.SignedOn);
            Assert.True(p.RegisteredOn is null == p.ProjectCode is null, $"{p.Name}: a registered project has a project code");
        });
    }
}
