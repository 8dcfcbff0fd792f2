using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Rules;

/// <summary>Twenty saves of the same record at once: each is answered 200/204 or 409, never 500
/// (no concurrency exception, no "database is locked"), and what is stored is one of the submissions.</summary>
public sealed class ParallelSaveTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private const int Saves = 20;
    private static readonly HttpStatusCode[] Answered = [HttpStatusCode.OK, HttpStatusCode.NoContent, HttpStatusCode.Created, HttpStatusCode.Conflict];

    private static async Task<List<HttpStatusCode>> AllAtOnceAsync(Func<int, Task<HttpResponseMessage>> save)
    {
        var responses = await Task.WhenAll(Enumerable.Range(1, Saves).Select(i => Task.Run(() => save(i))));
        return [.. responses.Select(r => r.StatusCode)];
    }

    private static void AllAnswered(List<HttpStatusCode> statuses)
    {
        Assert.All(statuses, s => Assert.Contains(s, Answered));
        Assert.Contains(statuses, s => s != HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Parallel_saves_of_one_monthly_report()
    {
        var office = await ImportHttp.OfficeAsync(factory, "parallel-report");
        var key = await KeyProjectAsync(factory, "并发月报项目", await UnitAsync(factory, "370211"), 2031, 1_200m);
        var opened = await office.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(2031, 6, new DateOnly(2031, 7, 10)));
        var period = (await ImportHttp.JsonAsync(opened)).GetProperty("id").GetInt32();

        var statuses = await AllAtOnceAsync(i => office.PutAsJsonAsync($"/api/dispatch/periods/{period}/reports",
            new DispatchApi.SaveReports([new ReportEntry(key.KeyId, 100m + i, $"第{i}次", false, false)], Submit: false)));

        AllAnswered(statuses);
        var stored = await factory.WithDbAsync(db => db.MonthlyReports.SingleAsync(r => r.PeriodId == period));
        Assert.InRange(stored.Completed, 101m, 100m + Saves);
        Assert.Equal($"第{stored.Completed - 100m:0}次", stored.PhysicalProgress);
    }

    [Fact]
    public async Task Parallel_saves_of_one_project()
    {
        var office = await ImportHttp.OfficeAsync(factory, "parallel-project");
        var unit = await UnitAsync(factory, "370212");
        var created = await office.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "并发保存项目", OwnerUnitId = unit, TotalInvestment = 1m });
        var dto = (await created.Content.ReadFromJsonAsync<ProjectsApi.ProjectDto>())!;

        var statuses = await AllAtOnceAsync(i => office.PutAsJsonAsync($"/api/projects/{dto.Id}",
            new ProjectInput { Name = "并发保存项目", OwnerUnitId = unit, TotalInvestment = 1_000m + i, Version = dto.Version }));

        AllAnswered(statuses);
        Assert.Single(statuses, s => s == HttpStatusCode.OK);
        var stored = await factory.WithDbAsync(db => db.Projects.SingleAsync(p => p.Id == dto.Id));
        Assert.InRange(stored.TotalInvestment, 1_001m, 1_000m + Saves);
    }

    [Fact]
    public async Task Parallel_answers_to_one_problem()
    {
        factory.Clock.Set(Projects.ProblemSeed.July10);
        var office = await ImportHttp.OfficeAsync(factory, "parallel-problem");
        var project = await Projects.ProblemSeed.ProjectAsync(factory, "370211", "并发问题项目");
        var problem = await Projects.ProblemSeed.ProblemAsync(factory, project, "并发答复", new DateOnly(2023, 8, 1));

        var statuses = await AllAtOnceAsync(i => office.PostAsJsonAsync($"/api/problems/{problem}/answer", new ProblemsApi.ProblemNote($"答复{i}")));

        AllAnswered(statuses);
        var stored = await Projects.ProblemSeed.LoadAsync(factory, problem);
        Assert.Matches("^答复([1-9]|1[0-9]|20)$", stored.Answer);
    }

    [Fact]
    public async Task Parallel_creates_of_the_same_period_are_one_created_and_the_rest_refused()
    {
        var office = await ImportHttp.OfficeAsync(factory, "parallel-period");
        var statuses = await AllAtOnceAsync(_ => office.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(2032, 5, new DateOnly(2032, 6, 10))));
        Assert.All(statuses, s => Assert.Contains(s, new[] { HttpStatusCode.Created, HttpStatusCode.BadRequest, HttpStatusCode.Conflict }));
        Assert.Single(statuses, s => s == HttpStatusCode.Created);
    }
}
