using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Enterprises;

/// <summary>The registry through its API and pages: refusals naming the field, optimistic concurrency, the data
/// scope (a district keeps its own firms; a department its own kinds of designation), counts per year, size
/// classes computed on save and projects linked to their investor.</summary>
public sealed class EnterpriseApiTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static object Firm(string name, string? uscc, int unit, string? note = null) =>
        new { name, uscc, usccNote = note, ownerUnitId = unit, industryDivisionCode = "39" };

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        return [.. (await BodyAsync(r)).GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }

    [Fact]
    public async Task Refusals_name_the_field_and_a_code_names_one_firm()
    {
        var office = await ApiAsync("ent-office-1", "dept-drc", Roles.ProgrammeOffice);
        var unit = await UnitAsync(factory, "370211");

        Assert.Equal(["uscc"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛甲有限公司", "91A10000600037341L", unit))));
        Assert.Equal(["usccNote"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises",
            Firm("青岛乙有限公司", UsccWithBadCheck("370211", 7001), unit))));
        Assert.Equal(["uscc"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛丙有限公司", null, unit))));
        Assert.Equal(["name"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("", Uscc("370211", 7002), unit))));
        Assert.Equal(["registeredCapital"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises",
            new { name = "青岛丁有限公司", uscc = Uscc("370211", 7003), ownerUnitId = unit, registeredCapital = -1 })));
        Assert.Equal(["ownerUnitId"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛戊有限公司", Uscc("370211", 7004), 999_999))));

        var kept = await office.PostAsJsonAsync("/api/enterprises", Firm("青岛己有限公司", UsccWithBadCheck("370211", 7005), unit, "早期试点代码，已核实"));
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        var code = Uscc("370211", 7006);
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync("/api/enterprises", Firm("青岛庚有限公司", code, unit))).StatusCode);
        Assert.Equal(["uscc"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛辛有限公司", code.ToLowerInvariant(), unit))));
        // Without a code a firm is keyed by name and country.
        Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync("/api/enterprises",
            new { name = "Kyoto Devices KK", country = "日本", ownerUnitId = unit })).StatusCode);
        Assert.Equal(["name"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises",
            new { name = "Kyoto Devices KK", country = "日本", ownerUnitId = unit })));
    }

    [Fact]
    public async Task A_change_against_an_old_version_is_refused()
    {
        var office = await ApiAsync("ent-office-2", "dept-drc", Roles.ProgrammeOffice);
        var unit = await UnitAsync(factory, "370211");
        var created = await BodyAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛版本有限公司", Uscc("370211", 7101), unit)));
        var id = created.GetProperty("id").GetInt32();
        var version = created.GetProperty("version").GetInt32();

        var first = await office.PutAsJsonAsync($"/api/enterprises/{id}", new { name = "青岛版本科技有限公司", uscc = Uscc("370211", 7101), ownerUnitId = unit, version });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var second = await office.PutAsJsonAsync($"/api/enterprises/{id}", new { name = "青岛版本集团有限公司", uscc = Uscc("370211", 7101), ownerUnitId = unit, version });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Equal("青岛版本科技有限公司", await factory.WithDbAsync(db => db.Enterprises.Where(e => e.Id == id).Select(e => e.Name).SingleAsync()));
    }

    [Fact]
    public async Task A_district_neither_reads_nor_edits_another_districts_firm_by_api_or_page()
    {
        var jimo = await UnitAsync(factory, "370215");
        var xihaian = await UnitAsync(factory, "370211");
        var office = await ApiAsync("ent-office-3", "dept-drc", Roles.ProgrammeOffice);
        var id = (await BodyAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛即墨范围有限公司", Uscc("370215", 7201), jimo))))
            .GetProperty("id").GetInt32();
        var clerk = await ApiAsync("ent-xihaian-1", "370211", Roles.DistrictStaff);

        Assert.Equal(HttpStatusCode.NotFound, (await clerk.GetAsync($"/api/enterprises/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.PutAsJsonAsync($"/api/enterprises/{id}",
            new { name = "改名", uscc = Uscc("370215", 7201), ownerUnitId = jimo, version = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.PutAsJsonAsync($"/api/enterprises/{id}/years", new { year = 2023, source = "x", revenue = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/enterprises", Firm("青岛越界有限公司", Uscc("370215", 7202), jimo))).StatusCode);
        var list = await BodyAsync(await clerk.GetAsync("/api/enterprises?q=即墨范围"));
        Assert.Equal(0, list.GetArrayLength());
        Assert.Equal(HttpStatusCode.Created, (await clerk.PostAsJsonAsync("/api/enterprises", Firm("青岛西海岸自有有限公司", Uscc("370211", 7203), xihaian))).StatusCode);

        var page = await Browser.SignedInAsync(factory, "ent-xihaian-page", await factory.CreateUserAsync("ent-xihaian-page", "370211", Roles.DistrictStaff));
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Enterprises/Details/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await page.GetAsync($"/Enterprises/Edit/{id}")).StatusCode);
        var token = await Browser.AntiforgeryTokenAsync(page, "/Enterprises/Edit");
        var posted = await page.PostAsync($"/Enterprises/Edit/{id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "改名", ["Input.Uscc"] = Uscc("370215", 7201), ["Input.OwnerUnitId"] = Id(jimo), ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Equal("青岛即墨范围有限公司", await factory.WithDbAsync(db => db.Enterprises.IgnoreQueryFilters().Where(e => e.Id == id).Select(e => e.Name).SingleAsync()));
        Assert.DoesNotContain("青岛即墨范围有限公司", await (await page.GetAsync("/Enterprises?Q=范围")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_department_records_only_the_designations_of_its_own_kinds()
    {
        var unit = await UnitAsync(factory, "370211");
        var office = await ApiAsync("ent-office-4", "dept-drc", Roles.ProgrammeOffice);
        var firm = (await BodyAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛认定有限公司", Uscc("370211", 7301), unit))))
            .GetProperty("id").GetInt32();
        var industry = await ApiAsync("ent-miit-1", "dept-miit", Roles.DepartmentStaff);
        var clerk = await ApiAsync("ent-xihaian-2", "370211", Roles.DistrictStaff);

        var giant = await industry.PostAsJsonAsync("/api/enterprises/designations", new { kindCode = "little-giant", enterpriseId = firm, year = 2023 });
        Assert.Equal(HttpStatusCode.Created, giant.StatusCode);
        Assert.Equal("2026-12-31", (await BodyAsync(giant)).GetProperty("expiresOn").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await industry.PostAsJsonAsync("/api/enterprises/designations",
            new { kindCode = "integration-pilot", enterpriseId = firm, year = 2023 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.PostAsJsonAsync("/api/enterprises/designations",
            new { kindCode = "little-giant", enterpriseId = firm, year = 2022 })).StatusCode);
        var pilot = await BodyAsync(await office.PostAsJsonAsync("/api/enterprises/designations", new { kindCode = "integration-pilot", enterpriseId = firm, year = 2023 }));
        Assert.Equal(HttpStatusCode.Forbidden, (await industry.PutAsJsonAsync($"/api/enterprises/designations/{pilot.GetProperty("id").GetInt32()}",
            new { kindCode = "integration-pilot", enterpriseId = firm, year = 2023, sourceDocument = "改", version = pilot.GetProperty("version").GetInt32() })).StatusCode);

        // One per firm, kind and year; the refusal names the year.
        Assert.Equal(["year"], await ErrorFieldsAsync(await industry.PostAsJsonAsync("/api/enterprises/designations",
            new { kindCode = "little-giant", enterpriseId = firm, year = 2023 })));
        Assert.Equal(["kindCode"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises/designations",
            new { kindCode = "no-such-kind", enterpriseId = firm, year = 2023 })));
        Assert.Equal(["subjectName"], await ErrorFieldsAsync(await office.PostAsJsonAsync("/api/enterprises/designations",
            new { kindCode = "service-cluster", year = 2023 })));
    }

    [Fact]
    public async Task Designations_are_counted_per_kind_and_year()
    {
        var office = await ApiAsync("ent-office-5", "dept-drc", Roles.ProgrammeOffice);
        var unit = await UnitAsync(factory, "370283");
        var plan = new Dictionary<int, int> { [2021] = 2, [2022] = 3, [2023] = 5 };
        var n = 7400;
        foreach (var (year, count) in plan)
        {
            for (var i = 0; i < count; i++)
            {
                var firm = (await BodyAsync(await office.PostAsJsonAsync("/api/enterprises", Firm($"青岛计数{n}有限公司", Uscc("370283", n++), unit))))
                    .GetProperty("id").GetInt32();
                Assert.Equal(HttpStatusCode.Created, (await office.PostAsJsonAsync("/api/enterprises/designations",
                    new { kindCode = "service-manufacturing", enterpriseId = firm, year })).StatusCode);
            }
        }

        var counts = await BodyAsync(await office.GetAsync($"/api/enterprises/designations/counts?kind=service-manufacturing&district={unit}"));
        Assert.True(counts.ValueKind == JsonValueKind.Array, counts.ToString());
        Assert.Equal(plan, counts.EnumerateArray().ToDictionary(c => c.GetProperty("year").GetInt32(), c => c.GetProperty("count").GetInt32()));
        var only2023 = await BodyAsync(await office.GetAsync($"/api/enterprises/designations?kind=service-manufacturing&district={unit}&year=2023"));
        Assert.Equal(5, only2023.GetArrayLength());
        var firms = await BodyAsync(await office.GetAsync($"/api/enterprises?kind=service-manufacturing&year=2022&district={unit}"));
        Assert.Equal(3, firms.GetArrayLength());
    }

    [Fact]
    public async Task A_years_figures_get_their_size_class_and_refusals_name_the_field()
    {
        var office = await ApiAsync("ent-office-6", "dept-drc", Roles.ProgrammeOffice);
        var unit = await UnitAsync(factory, "370211");
        var id = (await BodyAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛规模有限公司", Uscc("370211", 7501), unit))))
            .GetProperty("id").GetInt32();

        var saved = await office.PutAsJsonAsync($"/api/enterprises/{id}/years", new { year = 2022, employees = 1200, revenue = 35_000, source = "统计局年报" });
        var size = (await BodyAsync(saved)).GetProperty("sizeClass");
        Assert.Equal("Medium", size.ValueKind == JsonValueKind.String ? size.GetString() : ((Ballast.Web.Features.Enterprises.SizeClass)size.GetInt32()).ToString());
        Assert.Equal(["source"], await ErrorFieldsAsync(await office.PutAsJsonAsync($"/api/enterprises/{id}/years", new { year = 2023, revenue = 1 })));
        Assert.Equal(["revenue"], await ErrorFieldsAsync(await office.PutAsJsonAsync($"/api/enterprises/{id}/years", new { year = 2023, revenue = -1, source = "s" })));
        Assert.Equal(["year"], await ErrorFieldsAsync(await office.PutAsJsonAsync($"/api/enterprises/{id}/years", new { year = 2024, revenue = 1, source = "s" })));
        var firm = await BodyAsync(await office.GetAsync($"/api/enterprises/{id}"));
        Assert.True(firm.GetProperty("firm").GetProperty("isAboveScale").GetBoolean());
        var row = await BodyAsync(await office.GetAsync($"/api/enterprises?q=青岛规模&year=2023"));
        Assert.Equal(JsonValueKind.Null, row[0].GetProperty("revenue").ValueKind);
    }

    [Fact]
    public async Task A_projects_investor_is_linked_to_its_firm_by_code_whichever_is_saved_first()
    {
        var office = await ApiAsync("ent-office-7", "dept-drc", Roles.ProgrammeOffice);
        var unit = await UnitAsync(factory, "370211");
        var early = Uscc("370211", 7601);
        var late = Uscc("370211", 7602);
        var firm = (await BodyAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛投资方有限公司", early, unit)))).GetProperty("id").GetInt32();
        var project = await office.PostAsJsonAsync("/api/projects", new
        {
            name = "投资方链接测试项目", investorName = "青岛投资方有限公司", investorUscc = early, ownerUnitId = unit, totalInvestment = 10_000,
        });
        Assert.Equal(HttpStatusCode.Created, project.StatusCode);
        var projectId = (await BodyAsync(project)).GetProperty("id").GetInt32();
        var second = (await BodyAsync(await office.PostAsJsonAsync("/api/projects", new
        {
            name = "后登记投资方测试项目", investorName = "青岛后登记有限公司", investorUscc = late, ownerUnitId = unit, totalInvestment = 10_000,
        }))).GetProperty("id").GetInt32();
        var lateFirm = (await BodyAsync(await office.PostAsJsonAsync("/api/enterprises", Firm("青岛后登记有限公司", late, unit)))).GetProperty("id").GetInt32();

        Assert.Equal(firm, await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == projectId).Select(p => p.InvestorEnterpriseId).SingleAsync()));
        Assert.Equal(lateFirm, await factory.WithDbAsync(db => db.Projects.Where(p => p.Id == second).Select(p => p.InvestorEnterpriseId).SingleAsync()));
        var detail = await BodyAsync(await office.GetAsync($"/api/enterprises/{firm}"));
        Assert.Equal([projectId], detail.GetProperty("projectIds").EnumerateArray().Select(e => e.GetInt32()));
        var page = await Browser.SignedInAsync(factory, "ent-office-7p", await factory.CreateUserAsync("ent-office-7p", "dept-drc", Roles.ProgrammeOffice));
        Assert.Contains("投资方链接测试项目", await (await page.GetAsync($"/Enterprises/Details/{firm}")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
