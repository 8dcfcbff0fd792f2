using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Enterprises;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Enterprises;

/// <summary>The registry's reference data kept by the system administrator: designation kinds and the size table,
/// through the pages and the API, with refusals naming the field.</summary>
public sealed class KindEditTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private async Task<HttpClient> PagesAsync(string name, string unit, string role) =>
        await Browser.SignedInAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    private static async Task<string[]> ErrorFieldsAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        return [.. (await BodyAsync(r)).GetProperty("errors").EnumerateObject().Select(p => p.Name)];
    }

    private static object Kind(string code, string name, int? unit, string subject = "Firm") =>
        new { code, name, nameEn = "Test kind", subject, defaultLevel = "City", validYears = 2, grantingUnitId = unit, sortOrder = 50 };

    [Fact]
    public async Task Admin_adds_a_kind_on_the_page_and_its_granting_department_then_records_designations_of_it()
    {
        var admin = await PagesAsync("kind-admin-1", "dept-drc", Roles.SystemAdmin);
        var science = await UnitAsync(factory, "dept-science");
        var added = await Forms.PostAsync(admin, "/Enterprises/Kinds/Edit", ("Input.Code", "tech-sme"), ("Input.Name", "科技型中小企业"),
            ("Input.NameEn", "Tech-based SME"), ("Input.Subject", "Firm"), ("Input.DefaultLevel", "Provincial"), ("Input.ValidYears", "1"),
            ("Input.GrantingUnitId", science.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Input.SortOrder", "40"));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("科技型中小企业", await admin.GetStringAsync("/Enterprises/Kinds"), StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.AuditEntries.AnyAsync(e => e.EntityType == nameof(DesignationKind) && e.EntityKey == "tech-sme")));

        var office = await ApiAsync("kind-office-1", "dept-drc", Roles.ProgrammeOffice);
        var district = await UnitAsync(factory, "370211");
        var firm = (await BodyAsync(await office.PostAsJsonAsync("/api/enterprises",
            new { name = "青岛科技型有限公司", uscc = Uscc("370211", 8101), ownerUnitId = district, industryDivisionCode = "39" }))).GetProperty("id").GetInt32();
        var scientists = await ApiAsync("kind-science-1", "dept-science", Roles.DepartmentStaff);
        var recorded = await scientists.PostAsJsonAsync("/api/enterprises/designations", new { kindCode = "tech-sme", enterpriseId = firm, year = 2023 });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        Assert.Equal("2024-12-31", (await BodyAsync(recorded)).GetProperty("expiresOn").GetString());
        // Another department does not record a kind that is not its own.
        var industry = await ApiAsync("kind-miit-1", "dept-miit", Roles.DepartmentStaff);
        Assert.Equal(HttpStatusCode.Forbidden, (await industry.PostAsJsonAsync("/api/enterprises/designations",
            new { kindCode = "tech-sme", enterpriseId = firm, year = 2022 })).StatusCode);

        // Granted now: its subject stays and it is not deleted.
        var api = await ApiAsync("kind-admin-2", "dept-drc", Roles.SystemAdmin);
        Assert.Equal(["subject"], await ErrorFieldsAsync(await api.PutAsJsonAsync("/api/enterprises/kinds/tech-sme", Kind("tech-sme", "科技型中小企业", science, "Area"))));
        var delete = await Forms.PostAsync(admin, "/Enterprises/Kinds/Edit/tech-sme?handler=Delete");
        Assert.Contains("该类别已有认定记录，不能删除", await delete.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync("/api/enterprises/kinds/tech-sme", Kind("tech-sme", "科技型中小企业（省）", science))).StatusCode);
        Assert.Equal("科技型中小企业（省）", await factory.WithDbAsync(db => db.DesignationKinds.Where(k => k.Code == "tech-sme").Select(k => k.Name).SingleAsync()));
    }

    [Fact]
    public async Task Codes_and_names_in_use_or_malformed_are_refused_naming_the_field()
    {
        var api = await ApiAsync("kind-admin-3", "dept-drc", Roles.SystemAdmin);
        var count = await factory.WithDbAsync(db => db.DesignationKinds.CountAsync());
        Assert.Equal(["code"], await ErrorFieldsAsync(await api.PostAsJsonAsync("/api/enterprises/kinds", Kind("little-giant", "全新类别甲", null))));
        Assert.Equal(["name"], await ErrorFieldsAsync(await api.PostAsJsonAsync("/api/enterprises/kinds", Kind("new-kind-a", "瞪羚企业", null))));
        foreach (var code in new[] { "Upper", "with space", "-lead", "under_score", "中文", new string('a', 41), "" })
        {
            Assert.Equal(["code"], await ErrorFieldsAsync(await api.PostAsJsonAsync("/api/enterprises/kinds", Kind(code, "全新类别乙", null))));
        }
        foreach (var years in new[] { 0, 11, -3 })
        {
            Assert.Equal(["validYears"], await ErrorFieldsAsync(await api.PostAsJsonAsync("/api/enterprises/kinds",
                new { code = "new-kind-b", name = "全新类别丙", subject = "Firm", defaultLevel = "City", validYears = years })));
        }
        var district = await UnitAsync(factory, "370211");
        Assert.Equal(["grantingUnitId"], await ErrorFieldsAsync(await api.PostAsJsonAsync("/api/enterprises/kinds", Kind("new-kind-c", "全新类别丁", district))));
        Assert.Equal(count, await factory.WithDbAsync(db => db.DesignationKinds.CountAsync()));

        // On the page the refusal is shown next to the field, in English with culture en.
        var admin = await PagesAsync("kind-admin-4", "dept-drc", Roles.SystemAdmin);
        var page = await Forms.PostAsync(admin, "/Enterprises/Kinds/Edit", ("Input.Code", "gazelle"), ("Input.Name", "瞪羚企业"),
            ("Input.Subject", "Firm"), ("Input.DefaultLevel", "City"), ("Input.SortOrder", "1"));
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("该代码已被其他认定类别使用", html, StringComparison.Ordinal);
        Assert.Contains("该名称已被其他认定类别使用", html, StringComparison.Ordinal);
        var english = await api.PostAsJsonAsync("/api/enterprises/kinds?culture=en", Kind("gazelle", "新名称", null));
        Assert.Contains("used by another designation kind", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Business_users_neither_open_nor_write_the_reference_data()
    {
        foreach (var (name, unit, role) in new[] { ("kind-dept", "dept-miit", Roles.DepartmentStaff), ("kind-district", "370211", Roles.DistrictStaff),
            ("kind-office", "dept-drc", Roles.ProgrammeOffice) })
        {
            var pages = await PagesAsync(name, unit, role);
            foreach (var url in new[] { "/Enterprises/Kinds/Edit", "/Enterprises/Kinds/Edit/gazelle", "/Enterprises/Kinds/SizeRule/industry" })
            {
                Assert.StartsWith("/Auth/Denied", (await pages.GetAsync(url)).Headers.Location!.PathAndQuery, StringComparison.Ordinal);
            }
            var api = await ApiAsync(name + "-api", unit, role);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PostAsJsonAsync("/api/enterprises/kinds", Kind("sneaky", "越权类别", null))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await api.PutAsJsonAsync("/api/enterprises/size-rules/industry", new { largeEmployees = 1 })).StatusCode);
        }
        Assert.False(await factory.WithDbAsync(db => db.DesignationKinds.AnyAsync(k => k.Code == "sneaky")));
        Assert.Equal(1000, await factory.WithDbAsync(db => db.SizeRules.Where(r => r.Code == "industry").Select(r => r.LargeEmployees).SingleAsync()));
    }

    public static TheoryData<string, string, string> BrokenOrders() => new()
    {
        { "industry", "mediumEmployees", "{\"largeEmployees\":1000,\"largeRevenue\":40000,\"mediumEmployees\":1001,\"mediumRevenue\":2000,\"smallEmployees\":20,\"smallRevenue\":300}" },
        { "industry", "smallRevenue", "{\"largeEmployees\":1000,\"largeRevenue\":40000,\"mediumEmployees\":300,\"mediumRevenue\":2000,\"smallEmployees\":20,\"smallRevenue\":2001}" },
        { "construction", "mediumAssets", "{\"largeRevenue\":80000,\"largeAssets\":80000,\"mediumRevenue\":6000,\"mediumAssets\":90000,\"smallRevenue\":300,\"smallAssets\":300}" },
        { "construction", "smallAssets", "{\"largeRevenue\":80000,\"largeAssets\":80000,\"mediumRevenue\":6000,\"mediumAssets\":5000,\"smallRevenue\":300,\"smallAssets\":5001}" },
        { "industry", "smallRevenue", "{\"largeEmployees\":1000,\"largeRevenue\":40000,\"mediumEmployees\":300,\"mediumRevenue\":2000,\"smallEmployees\":20}" },
        { "retail", "largeEmployees", "{\"mediumEmployees\":50,\"mediumRevenue\":500,\"smallEmployees\":10,\"smallRevenue\":100,\"largeRevenue\":20000}" },
        { "retail", "mediumRevenue", "{\"largeEmployees\":300,\"largeRevenue\":20000,\"mediumEmployees\":50,\"mediumRevenue\":-1,\"smallEmployees\":10,\"smallRevenue\":100}" },
    };

    [Theory]
    [MemberData(nameof(BrokenOrders))]
    public async Task A_size_rule_edit_breaking_the_order_is_refused_naming_the_field(string code, string field, string body)
    {
        var api = await ApiAsync($"kind-rules-{code}-{field}-{body.Length}", "dept-drc", Roles.SystemAdmin);
        var before = await factory.WithDbAsync(db => db.SizeRules.AsNoTracking().SingleAsync(r => r.Code == code));
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        Assert.Equal([field], await ErrorFieldsAsync(await api.PutAsync($"/api/enterprises/size-rules/{code}", content)));
        var after = await factory.WithDbAsync(db => db.SizeRules.AsNoTracking().SingleAsync(r => r.Code == code));
        Assert.Equivalent(before, after);
    }

    [Fact]
    public async Task A_size_rule_edit_reclasses_a_firm_on_its_next_save_of_figures()
    {
        var office = await ApiAsync("kind-office-5", "dept-drc", Roles.ProgrammeOffice);
        var district = await UnitAsync(factory, "370211");
        var firm = (await BodyAsync(await office.PostAsJsonAsync("/api/enterprises",
            new { name = "青岛软件划型有限公司", uscc = Uscc("370211", 8201), ownerUnitId = district, industryDivisionCode = "65" }))).GetProperty("id").GetInt32();
        var first = await BodyAsync(await office.PutAsJsonAsync($"/api/enterprises/{firm}/years",
            new { year = 2022, employees = 150, revenue = 5000, source = "统计局年报" }));
        Assert.Equal(SizeClass.Medium, await ClassAsync(firm));

        var admin = await PagesAsync("kind-admin-6", "dept-drc", Roles.SystemAdmin);
        var refused = await Forms.PostAsync(admin, "/Enterprises/Kinds/SizeRule/software", ("Input.LargeEmployees", "300"), ("Input.LargeRevenue", "10000"),
            ("Input.MediumEmployees", "400"), ("Input.MediumRevenue", "1000"), ("Input.SmallEmployees", "10"), ("Input.SmallRevenue", "50"));
        Assert.Contains("中型的下限不能高于大型", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await Forms.PostAsync(admin, "/Enterprises/Kinds/SizeRule/software", ("Input.LargeEmployees", "300"), ("Input.LargeRevenue", "10000"),
            ("Input.MediumEmployees", "200"), ("Input.MediumRevenue", "1000"), ("Input.SmallEmployees", "10"), ("Input.SmallRevenue", "50"),
            ("Input.AboveScaleRevenue", "1000"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        // Stored classes stay as computed until the firm's figures are saved again.
        Assert.Equal(SizeClass.Medium, await ClassAsync(firm));

        Assert.Equal(HttpStatusCode.OK, (await office.PutAsJsonAsync($"/api/enterprises/{firm}/years",
            new { year = 2022, employees = 150, revenue = 5000, source = "统计局年报", version = first.GetProperty("version").GetInt32() })).StatusCode);
        Assert.Equal(SizeClass.Small, await ClassAsync(firm));
        Assert.Contains(">200<", await admin.GetStringAsync("/Enterprises/Kinds"), StringComparison.Ordinal);
    }

    private Task<SizeClass?> ClassAsync(int firm) =>
        factory.WithDbAsync(db => db.EnterpriseYears.Where(y => y.EnterpriseId == firm && y.Year == 2022).Select(y => y.SizeClass).SingleAsync());
}
