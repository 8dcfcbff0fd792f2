using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Auditing;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Projects;

/// <summary>One project record through its life, over HTTP: created at a stage with a date, moved
/// with history and audit, duplicates flagged and merged by the office, codes checked, and two
/// people editing at once told rather than overwritten. Refusals are checked in the database.</summary>
public sealed partial class ProjectLifecycleTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private async Task<(HttpClient Api, string Password)> ApiUserAsync(string name, string unitCode, string role = Roles.DistrictStaff)
    {
        var password = await factory.CreateUserAsync(name, unitCode, role);
        return (await Browser.WithTokenAsync(factory, name, password), password);
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private static string[] ErrorsOf(JsonElement problem, string field) =>
        problem.GetProperty("errors").TryGetProperty(field, out var messages) ? [.. messages.EnumerateArray().Select(m => m.GetString()!)] : [];

    private Task<int> CountNamedAsync(string name) => factory.WithDbAsync(db => db.Projects.IgnoreQueryFilters().CountAsync(p => p.Name == name));

    [Fact]
    public async Task Created_at_a_stage_with_a_date_its_history_shows_in_the_api_and_on_the_page_timeline()
    {
        var (api, password) = await ApiUserAsync("life-create", "370211");
        var unit = await UnitAsync(factory, "370211");

        var created = await api.PostAsJsonAsync("/api/projects?stage=Started&stageOn=2023-05-01",
            new ProjectInput { Name = "甲醇制氢示范工程", OwnerUnitId = unit, TotalInvestment = 120_000m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var dto = (await created.Content.ReadFromJsonAsync<ProjectsApi.ProjectDto>())!;
        Assert.Equal(ProjectStage.Started, dto.Stage);
        Assert.Equal(new DateOnly(2023, 5, 1), dto.SignedOn);
        Assert.Equal(new DateOnly(2023, 5, 1), dto.StartedOn);

        var stages = (await api.GetFromJsonAsync<List<ProjectStageChange>>($"/api/projects/{dto.Id}/stages"))!;
        var first = Assert.Single(stages);
        Assert.Equal(ProjectStage.Lead, first.FromStage);
        Assert.Equal(ProjectStage.Started, first.ToStage);
        Assert.Equal(new DateOnly(2023, 5, 1), first.On);
        Assert.Equal("life-create", first.RecordedBy);

        var moved = await api.PostAsJsonAsync($"/api/projects/{dto.Id}/stage", new ProjectsApi.StageMove(ProjectStage.Operating, new DateOnly(2023, 7, 1), "一期试产"));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        stages = (await api.GetFromJsonAsync<List<ProjectStageChange>>($"/api/projects/{dto.Id}/stages"))!;
        Assert.Equal([ProjectStage.Started, ProjectStage.Operating], stages.Select(s => s.ToStage).ToArray());
        Assert.Equal(ProjectStage.Started, stages[1].FromStage);

        var page = await Browser.SignedInAsync(factory, "life-create", password);
        var html = await page.GetStringAsync($"/Projects/Details/{dto.Id}");
        var timeline = TimelinePattern().Match(html);
        Assert.True(timeline.Success, "the project page has a timeline");
        var items = Regex.Replace(timeline.Groups[1].Value, "<[^>]+>", " ");
        Assert.Matches("开工\\s+2023-05-01 · life-create", Regex.Replace(items, "\\s+", " "));
        Assert.Matches("投产\\s+2023-07-01 · life-create\\s+一期试产", Regex.Replace(items, "\\s+", " "));
        Assert.True(items.IndexOf("开工", StringComparison.Ordinal) < items.IndexOf("投产", StringComparison.Ordinal), "timeline in date order");
    }

    [Fact]
    public async Task Stage_moves_are_audited_and_refused_moves_write_nothing()
    {
        var (api, _) = await ApiUserAsync("life-audit", "370212");
        var (other, _) = await ApiUserAsync("life-audit-other", "370215");
        var unit = await UnitAsync(factory, "370212");
        var created = await api.PostAsJsonAsync("/api/projects?stage=Signed&stageOn=2023-03-15",
            new ProjectInput { Name = "崂山海洋牧场装备基地", OwnerUnitId = unit, TotalInvestment = 30_000m });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<ProjectsApi.ProjectDto>())!.Id;
        var key = Id(id);

        var moved = await api.PostAsJsonAsync($"/api/projects/{id}/stage", new ProjectsApi.StageMove(ProjectStage.Registered, new DateOnly(2023, 4, 2), null));
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);

        var (changeId, audits) = await factory.WithDbAsync(async db =>
        {
            var change = await db.ProjectStageChanges.Where(c => c.ProjectId == id && c.ToStage == ProjectStage.Registered).SingleAsync();
            var changeKey = Id(change.Id);
            var rows = await db.AuditEntries.Where(a => (a.EntityType == nameof(ProjectStageChange) && a.EntityKey == changeKey)
                || (a.EntityType == nameof(Project) && a.EntityKey == key)).OrderBy(a => a.Id).ToListAsync();
            return (change.Id, rows);
        });
        var changeAudit = Assert.Single(audits, a => a.EntityType == nameof(ProjectStageChange));
        Assert.Equal(AuditActions.Create, changeAudit.Action);
        Assert.Equal("life-audit", changeAudit.UserName);
        Assert.Equal("api", changeAudit.Channel);
        Assert.Contains($"\"ProjectId\":{id}", changeAudit.After, StringComparison.Ordinal);
        var stageUpdate = Assert.Single(audits, a => a.EntityType == nameof(Project) && a.Action == AuditActions.Update);
        Assert.Equal("life-audit", stageUpdate.UserName);
        Assert.Contains("\"Stage\"", stageUpdate.Before, StringComparison.Ordinal);
        Assert.Contains("\"RegisteredOn\"", stageUpdate.After, StringComparison.Ordinal);
        Assert.Contains(audits, a => a.EntityType == nameof(Project) && a.Action == AuditActions.Create);
        Assert.True(changeId > 0);

        var lastAudit = await factory.WithDbAsync(db => db.AuditEntries.MaxAsync(a => a.Id));

        // Back along the path, into the future, before the last change, another district: all refused.
        var back = await api.PostAsJsonAsync($"/api/projects/{id}/stage", new ProjectsApi.StageMove(ProjectStage.Signed, new DateOnly(2023, 5, 1), null));
        Assert.Equal(HttpStatusCode.BadRequest, back.StatusCode);
        Assert.Contains("不能倒退", ErrorsOf(await JsonAsync(back), "stage").Single(), StringComparison.Ordinal);
        var future = await api.PostAsJsonAsync($"/api/projects/{id}/stage", new ProjectsApi.StageMove(ProjectStage.Started, new DateOnly(2023, 7, 11), null));
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(["阶段日期不能晚于今天"], ErrorsOf(await JsonAsync(future), "stage"));
        var early = await api.PostAsJsonAsync($"/api/projects/{id}/stage", new ProjectsApi.StageMove(ProjectStage.Started, new DateOnly(2023, 4, 1), null));
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        var foreign = await other.PostAsJsonAsync($"/api/projects/{id}/stage", new ProjectsApi.StageMove(ProjectStage.Started, new DateOnly(2023, 6, 1), null));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);

        var (stage, changes, newAudits) = await factory.WithDbAsync(async db => (
            await db.Projects.Where(p => p.Id == id).Select(p => p.Stage).SingleAsync(),
            await db.ProjectStageChanges.CountAsync(c => c.ProjectId == id),
            await db.AuditEntries.CountAsync(a => a.Id > lastAudit && (a.EntityType == nameof(Project) || a.EntityType == nameof(ProjectStageChange)))));
        Assert.Equal(ProjectStage.Registered, stage);
        Assert.Equal(2, changes);
        Assert.Equal(0, newAudits);
    }

    [Fact]
    public async Task The_same_investor_in_another_district_is_flagged_and_can_be_confirmed_different()
    {
        var (xihaian, _) = await ApiUserAsync("life-dup-a", "370211");
        var (jimo, _) = await ApiUserAsync("life-dup-b", "370215");
        var xihaianUnit = await UnitAsync(factory, "370211");
        var jimoUnit = await UnitAsync(factory, "370215");
        var uscc = Uscc("370211", 31_415_926);

        var first = await xihaian.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "光伏逆变器智能工厂", InvestorUscc = uscc, OwnerUnitId = xihaianUnit, TotalInvestment = 80_000m });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<ProjectsApi.ProjectDto>())!.Id;

        var second = new ProjectInput { Name = "即墨储能电池包总装线", InvestorUscc = uscc.ToLowerInvariant(), OwnerUnitId = jimoUnit, TotalInvestment = 50_000m };
        var flagged = await jimo.PostAsJsonAsync("/api/projects", second);
        Assert.Equal(HttpStatusCode.Conflict, flagged.StatusCode);
        var body = await JsonAsync(flagged);
        var duplicate = Assert.Single(body.GetProperty("duplicates").EnumerateArray());
        Assert.Equal(firstId, duplicate.GetProperty("id").GetInt32());
        Assert.Equal("光伏逆变器智能工厂", duplicate.GetProperty("name").GetString());
        Assert.Equal("西海岸新区", duplicate.GetProperty("unit").GetString());
        Assert.Equal("投资方统一社会信用代码相同", duplicate.GetProperty("reason").GetString());
        Assert.Equal(0, await CountNamedAsync("即墨储能电池包总装线"));

        second.NotADuplicate = true;
        var confirmed = await jimo.PostAsJsonAsync("/api/projects", second);
        Assert.Equal(HttpStatusCode.Created, confirmed.StatusCode);
        Assert.Equal(1, await CountNamedAsync("即墨储能电池包总装线"));
    }

    [Fact]
    public async Task Only_the_programme_office_merges_and_the_merged_project_drops_out_of_counts()
    {
        var (district, _) = await ApiUserAsync("life-merge-district", "370213");
        var (office, _) = await ApiUserAsync("life-merge-office", "dept-drc", Roles.ProgrammeOffice);
        var unit = await UnitAsync(factory, "370213");
        var (survivor, duplicate) = await factory.WithDbAsync(async db =>
        {
            var s = NewProject(db, "李沧氢能重卡整车项目", unit, 200_000m, (ProjectStage.Negotiating, new DateOnly(2023, 1, 5)), (ProjectStage.Signed, new DateOnly(2023, 3, 9)));
            var d = NewProject(db, "李沧区氢能重卡整车（重复）", unit, 200_000m, (ProjectStage.Signed, new DateOnly(2023, 2, 20)));
            db.Projects.AddRange(s, d);
            await db.SaveChangesAsync();
            return (s.Id, d.Id);
        });
        var signedList = $"/api/projects?Year=2023&Signed=true&Q={Uri.EscapeDataString("氢能重卡")}";
        Assert.Equal(2, (await office.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>(signedList))!.Count);

        var refused = await district.PostAsJsonAsync($"/api/projects/{duplicate}/merge", new ProjectsApi.MergeRequest(survivor));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == duplicate).Select(p => p.MergedIntoId).SingleAsync()));

        var merged = await office.PostAsJsonAsync($"/api/projects/{duplicate}/merge", new ProjectsApi.MergeRequest(survivor));
        Assert.Equal(HttpStatusCode.NoContent, merged.StatusCode);

        var (mergedInto, survivorSigned) = await factory.WithDbAsync(async db => (
            await db.Projects.Where(p => p.Id == duplicate).Select(p => p.MergedIntoId).SingleAsync(),
            await db.Projects.Where(p => p.Id == survivor).Select(p => p.SignedOn).SingleAsync()));
        Assert.Equal(survivor, mergedInto);
        Assert.Equal(new DateOnly(2023, 2, 20), survivorSigned);

        var counted = (await office.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>(signedList))!;
        Assert.Equal([survivor], counted.Select(p => p.Id).ToArray());
        Assert.Equal([survivor], (await district.GetFromJsonAsync<List<ProjectsApi.ProjectDto>>(signedList))!.Select(p => p.Id).ToArray());

        // Both histories are kept.
        Assert.Single((await office.GetFromJsonAsync<List<ProjectStageChange>>($"/api/projects/{duplicate}/stages"))!);
        Assert.Equal(2, (await office.GetFromJsonAsync<List<ProjectStageChange>>($"/api/projects/{survivor}/stages"))!.Count);

        var again = await office.PostAsJsonAsync($"/api/projects/{duplicate}/merge", new ProjectsApi.MergeRequest(survivor));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task A_malformed_uscc_is_refused_in_Chinese_and_nothing_is_written()
    {
        var (api, _) = await ApiUserAsync("life-uscc-format", "370214");
        var unit = await UnitAsync(factory, "370214");

        var response = await api.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "城阳轨道交通车辆维保中心", InvestorUscc = "91370214ABC", OwnerUnitId = unit, TotalInvestment = 10_000m });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(["统一社会信用代码应为18位（现为11位）"], ErrorsOf(await JsonAsync(response), "InvestorUscc"));
        Assert.Equal(0, await CountNamedAsync("城阳轨道交通车辆维保中心"));

        var letters = await api.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "城阳轨道交通车辆维保中心", InvestorUscc = "91370214MA3OIZSV01", OwnerUnitId = unit, TotalInvestment = 10_000m });
        Assert.Equal(HttpStatusCode.BadRequest, letters.StatusCode);
        Assert.Contains("不使用 I、O、Z、S、V", ErrorsOf(await JsonAsync(letters), "InvestorUscc").Single(), StringComparison.Ordinal);
        Assert.Equal(0, await CountNamedAsync("城阳轨道交通车辆维保中心"));
    }

    [Fact]
    public async Task A_failed_check_digit_needs_an_override_reason()
    {
        var (api, _) = await ApiUserAsync("life-uscc-check", "370281");
        var unit = await UnitAsync(factory, "370281");
        var input = new ProjectInput { Name = "胶州冷链物流装备产业园", InvestorUscc = UsccWithBadCheck("370281", 27_182_818), OwnerUnitId = unit, TotalInvestment = 45_000m };

        var warned = await api.PostAsJsonAsync("/api/projects", input);
        Assert.Equal(HttpStatusCode.BadRequest, warned.StatusCode);
        var message = ErrorsOf(await JsonAsync(warned), "UsccOverrideReason").Single();
        Assert.Contains("校验位不符", message, StringComparison.Ordinal);
        Assert.Contains("请填写保留说明", message, StringComparison.Ordinal);
        Assert.Equal(0, await CountNamedAsync("胶州冷链物流装备产业园"));

        input.UsccOverrideReason = "早期试点赋码，经市场监管部门确认有效";
        var kept = await api.PostAsJsonAsync("/api/projects", input);
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        Assert.Equal(input.InvestorUscc, (await kept.Content.ReadFromJsonAsync<ProjectsApi.ProjectDto>())!.InvestorUscc);
    }

    [Fact]
    public async Task A_project_code_is_unique_across_districts()
    {
        var (xihaian, _) = await ApiUserAsync("life-code-a", "370211");
        var (laixi, _) = await ApiUserAsync("life-code-b", "370285");
        const string code = "2303-370211-04-01-271828";

        var first = await xihaian.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "西海岸海工平台总装基地", ProjectCode = code, OwnerUnitId = await UnitAsync(factory, "370211"), TotalInvestment = 90_000m });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);

        // The same code typed with full-width digits and an en dash is the same code.
        var second = await laixi.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "莱西锂电材料前驱体项目", ProjectCode = "２３０３–370211-04-01-271828", OwnerUnitId = await UnitAsync(factory, "370285"), TotalInvestment = 60_000m });
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Equal(["该项目代码已被其他项目使用"], ErrorsOf(await JsonAsync(second), "ProjectCode"));
        Assert.Equal(0, await CountNamedAsync("莱西锂电材料前驱体项目"));
        Assert.Equal(1, await factory.WithDbAsync(db => db.Projects.IgnoreQueryFilters().CountAsync(p => p.ProjectCode == code)));
    }

    [Fact]
    public async Task Two_api_clients_on_one_version_the_second_gets_409_and_nothing_of_it_is_written()
    {
        var (first, _) = await ApiUserAsync("life-cc-first", "370202");
        var (second, _) = await ApiUserAsync("life-cc-second", "370202");
        var unit = await UnitAsync(factory, "370202");
        var created = await first.PostAsJsonAsync("/api/projects", new ProjectInput { Name = "市南金融科技总部大楼", OwnerUnitId = unit, TotalInvestment = 100_000m });
        var id = (await created.Content.ReadFromJsonAsync<ProjectsApi.ProjectDto>())!.Id;

        var readByFirst = (await first.GetFromJsonAsync<ProjectsApi.ProjectDto>($"/api/projects/{id}"))!;
        var readBySecond = (await second.GetFromJsonAsync<ProjectsApi.ProjectDto>($"/api/projects/{id}"))!;
        Assert.Equal(readByFirst.Version, readBySecond.Version);
        var version = readByFirst.Version;

        var ok = await first.PutAsJsonAsync($"/api/projects/{id}", new ProjectInput
        {
            Name = "市南金融科技总部大楼", OwnerUnitId = unit, TotalInvestment = 120_000m, ConstructionContent = "甲：增加数据中心", Version = version,
        });
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(version + 1, (await ok.Content.ReadFromJsonAsync<ProjectsApi.ProjectDto>())!.Version);
        var auditsBefore = await factory.WithDbAsync(db => db.AuditEntries.CountAsync());

        var conflict = await second.PutAsJsonAsync($"/api/projects/{id}", new ProjectInput
        {
            Name = "市南金融科技总部大楼（调整）", OwnerUnitId = unit, TotalInvestment = 150_000m, ConstructionContent = "乙：改为研发楼", Jobs = 800, Version = version,
        });
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var body = await JsonAsync(conflict);
        Assert.Equal(version + 1, body.GetProperty("current").GetInt32());
        Assert.Contains("已被他人修改", body.GetProperty("title").GetString(), StringComparison.Ordinal);

        var stored = await factory.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("市南金融科技总部大楼", stored.Name);
        Assert.Equal(120_000m, stored.TotalInvestment);
        Assert.Equal("甲：增加数据中心", stored.ConstructionContent);
        Assert.Null(stored.Jobs);
        Assert.Equal(version + 1, stored.Version);
        Assert.Equal(auditsBefore, await factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task The_second_person_on_the_edit_page_is_shown_what_changed_and_nothing_is_overwritten()
    {
        var unit = await UnitAsync(factory, "370203");
        var id = await factory.WithDbAsync(async db =>
        {
            var p = NewProject(db, "市北工业互联网平台", unit, 40_000m);
            p.ConstructionContent = "原建设内容";
            db.Projects.Add(p);
            await db.SaveChangesAsync();
            return p.Id;
        });
        var version = await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == id).Select(p => p.Version).SingleAsync());
        var alice = await Browser.SignedInAsync(factory, "life-page-a", await factory.CreateUserAsync("life-page-a", "370203", Roles.DistrictStaff));
        var bob = await Browser.SignedInAsync(factory, "life-page-b", await factory.CreateUserAsync("life-page-b", "370203", Roles.DistrictStaff));
        var url = $"/Projects/Edit/{id}";
        Assert.Equal(Id(version), VersionPattern().Match(await bob.GetStringAsync(url)).Groups[1].Value);

        Dictionary<string, string> Form(string content, string total) => new()
        {
            ["Input.Name"] = "市北工业互联网平台", ["Input.OwnerUnitId"] = Id(unit), ["Input.TotalInvestment"] = total,
            ["Input.ConstructionContent"] = content, ["Input.Version"] = Id(version),
        };

        var saved = await Browser.PostFormAsync(alice, url, Form("甲：平台二期扩容", "45000"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var refused = await Browser.PostFormAsync(bob, url, Form("乙：改建为数据中心", "52000"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        var table = ConflictPattern().Match(html);
        Assert.True(table.Success, "the conflict table is shown");
        var text = Regex.Replace(table.Groups[1].Value, "<[^>]+>", "|");
        Assert.Contains("该项目已被他人修改", text, StringComparison.Ordinal);
        Assert.Matches("建设内容\\|+乙：改建为数据中心\\|+甲：平台二期扩容", text);
        Assert.Matches("总投资（万元）\\|+52,000\\|+45,000", text);
        // The form keeps Bob's values and now carries the version Alice saved.
        Assert.Contains("乙：改建为数据中心", html[(table.Index + table.Length)..], StringComparison.Ordinal);
        Assert.Equal(Id(version + 1), VersionPattern().Match(html).Groups[1].Value);

        var stored = await factory.WithDbAsync(db => db.Projects.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("甲：平台二期扩容", stored.ConstructionContent);
        Assert.Equal(45_000m, stored.TotalInvestment);
        Assert.Equal(version + 1, stored.Version);
    }

    [GeneratedRegex("data-testid=\"timeline\">(.*?)</ol>", RegexOptions.Singleline)]
    private static partial Regex TimelinePattern();

    [GeneratedRegex("data-testid=\"conflict\">(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex ConflictPattern();

    [GeneratedRegex("name=\"Input.Version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
