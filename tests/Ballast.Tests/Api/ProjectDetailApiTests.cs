using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Tests.Projects;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Api;

/// <summary>The project API carries what the pages carry: every input field under its own name,
/// the key-project plans by year and the monthly history — inside the caller's scope only.</summary>
public sealed class ProjectDetailApiTests(DemoFactory factory) : IClassFixture<DemoFactory>
{
    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    /// <summary>A key project of the district with counted reports, as the database holds it.</summary>
    private Task<KeyProject> KeyProjectAsync(string district) => factory.WithDbAsync(db => db.KeyProjects
        .Include(k => k.Project!).ThenInclude(p => p.OwnerUnit).Include(k => k.Reports).ThenInclude(r => r.Period)
        .Where(k => k.Year == 2023 && k.Project!.OwnerUnit!.Code == district && k.Reports.Count > 1)
        .OrderBy(k => k.Id).FirstAsync());

    [Fact]
    public async Task The_detail_holds_every_input_field_equal_to_the_record()
    {
        var key = await KeyProjectAsync("370211");
        var office = await ApiAsync("detail-office", "dept-drc", Roles.ProgrammeOffice);

        var detail = (await office.GetFromJsonAsync<ProjectDetail>($"/api/projects/{key.ProjectId}"))!;

        var expected = ProjectInput.From(key.Project!);
        foreach (var property in typeof(ProjectInput).GetProperties())
        {
            Assert.True(Equals(property.GetValue(expected), property.GetValue(detail.Input)), $"{property.Name} differs");
        }
        Assert.Equal(key.Project!.Stage, detail.Stage);
        Assert.Equal(key.Project.OwnerUnit!.Name, detail.OwnerUnitName);
        Assert.Equal(key.Project.Version, detail.Version);
        // Named as the input model names them, so a client can PUT back what it read.
        var json = await office.GetStringAsync($"/api/projects/{key.ProjectId}");
        Assert.All(["plannedStartOn", "constructionContent", "jobs", "industryDivisionCode", "leaderId", "parkUnitId", "origin", "isFortune500"],
            name => Assert.Contains($"\"{name}\"", json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Key_project_plans_and_monthly_history_come_from_the_records()
    {
        var key = await KeyProjectAsync("370211");
        var office = await ApiAsync("history-office", "dept-drc", Roles.ProgrammeOffice);

        var plans = (await office.GetFromJsonAsync<List<KeyProjectPlan>>($"/api/projects/{key.ProjectId}/key-projects"))!;
        var plan = Assert.Single(plans, p => p.Year == 2023);
        Assert.Equal(key.PlannedInvestment, plan.PlannedInvestmentWan);
        Assert.Equal(key.Class, plan.Class);

        var lines = (await office.GetFromJsonAsync<List<MonthlyLine>>($"/api/projects/{key.ProjectId}/monthly?year=2023"))!;
        var reports = key.Reports.Where(r => r.Period!.Year == 2023).OrderBy(r => r.Period!.Month).ToList();
        Assert.Equal(reports.Select(r => (r.Period!.Month, r.Completed, r.State)), lines.Select(l => (l.Month, l.CompletedWan, l.State)));
        Assert.Equal(reports.Where(r => MonthlyReport.Counted.Contains(r.State)).Sum(r => r.Completed), lines[^1].YtdWan);
    }

    [Fact]
    public async Task A_district_reads_its_own_projects_and_gets_404_for_another_districts()
    {
        var own = await KeyProjectAsync("370211");
        var other = await KeyProjectAsync("370213");
        var district = await ApiAsync("detail-district", "370211", Roles.DistrictStaff);

        foreach (var path in new[] { "", "/key-projects", "/monthly?year=2023", "/stages" })
        {
            Assert.Equal(HttpStatusCode.OK, (await district.GetAsync($"/api/projects/{own.ProjectId}{path}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await district.GetAsync($"/api/projects/{other.ProjectId}{path}")).StatusCode);
        }
    }
}
