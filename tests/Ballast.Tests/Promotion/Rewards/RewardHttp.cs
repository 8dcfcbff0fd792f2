using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Promotion.Rewards;

/// <summary>The people of the reward tests (the office, two districts, the commerce bureau) and their API clients, and
/// referred projects made through the project API.</summary>
internal sealed class RewardHttp
{
    public required HttpClient Office { get; init; }
    public required HttpClient District { get; init; }
    public required HttpClient OtherDistrict { get; init; }
    public required HttpClient Commerce { get; init; }
    public required int DistrictUnit { get; init; }
    public required int CommerceUnit { get; init; }

    public static async Task<RewardHttp> CreateAsync(BallastFactory f, string tag)
    {
        async Task<HttpClient> Api(string name, string unit, string role) =>
            await Browser.WithTokenAsync(f, name, await f.CreateUserAsync(name, unit, role));
        var http = new RewardHttp
        {
            Office = await Api($"rw-office-{tag}", "dept-drc", Roles.ProgrammeOffice),
            District = await Api($"rw-xha-{tag}", "370211", Roles.DistrictStaff),
            OtherDistrict = await Api($"rw-jimo-{tag}", "370215", Roles.DistrictStaff),
            Commerce = await Api($"rw-com-{tag}", "dept-commerce", Roles.DepartmentStaff),
            DistrictUnit = await UnitAsync(f, "370211"),
            CommerceUnit = await UnitAsync(f, "dept-commerce"),
        };
        var rules = await http.Office.GetFromJsonAsync<JsonElement>("/api/promotion/reward-rules");
        var version = rules.EnumerateArray().Where(r => r.GetProperty("year").GetInt32() == 2023).Select(r => r.GetProperty("version").GetInt32()).FirstOrDefault();
        var rule = await http.Office.PutAsJsonAsync("/api/promotion/reward-rules/2023", new
        {
            version, year = 2023,
            title = "2023年度以商招商奖励", ratePermille = 10m, capWan = 500m, minimumFormedWan = 5_000m, noticeDays = 7,
            excludedCategories = "公职人员\n项目单位及其关联方员工",
        });
        Assert.True(rule.IsSuccessStatusCode, await rule.Content.ReadAsStringAsync());
        return http;
    }

    /// <summary>A referred project signed on 2023-06-01 with its referrer registered on the day given.</summary>
    public async Task<HttpResponseMessage> ProjectAsync(string name, decimal total, string registeredOn, string signedOn = "2023-06-01") =>
        await District.PostAsJsonAsync($"/api/projects?stage=Signed&stageOn={signedOn}", new
        {
            name, ownerUnitId = DistrictUnit, totalInvestment = total, origin = 1, referrerKind = 1, referrerName = "张引荐", referrerRegisteredOn = registeredOn, notADuplicate = true,
        });

    public async Task<int> SignedProjectAsync(string name, decimal total = 60_000m)
    {
        var r = await ProjectAsync(name, total, "2023-05-01");
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }

    public async Task<int> OpenAsync(int projectId, string category = "个人")
    {
        var r = await District.PostAsJsonAsync("/api/promotion/rewards", new { projectId, referrerCategory = category, referrerIdNumber = "370202199001011234" });
        Assert.True(r.StatusCode == HttpStatusCode.Created, await r.Content.ReadAsStringAsync());
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("case").GetProperty("id").GetInt32();
    }

    public static async Task<JsonElement> CaseAsync(HttpClient client, int id) =>
        await client.GetFromJsonAsync<JsonElement>($"/api/promotion/rewards/{id}");

    public static async Task<JsonElement> OkAsync(HttpResponseMessage r)
    {
        Assert.True(r.StatusCode == HttpStatusCode.OK, await r.Content.ReadAsStringAsync());
        return await r.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string> ErrorsAsync(HttpResponseMessage r)
    {
        Assert.True(r.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Forbidden, $"{r.StatusCode}: {await r.Content.ReadAsStringAsync()}");
        return await r.Content.ReadAsStringAsync();
    }

    public async Task<JsonElement> InvestAsync(int id, decimal formed, string source = "项目总投资")
    {
        var version = (await CaseAsync(District, id)).GetProperty("case").GetProperty("version").GetInt32();
        return await OkAsync(await District.PostAsJsonAsync($"/api/promotion/rewards/{id}/investment", new { formedWan = formed, formedSource = source, version }));
    }

    public async Task ConfirmAllAsync(int id)
    {
        await OkAsync(await District.PostAsJsonAsync($"/api/promotion/rewards/{id}/confirmations", new { unitId = DistrictUnit, agreed = true }));
        await OkAsync(await Commerce.PostAsJsonAsync($"/api/promotion/rewards/{id}/confirmations", new { unitId = CommerceUnit, agreed = true }));
    }
}
