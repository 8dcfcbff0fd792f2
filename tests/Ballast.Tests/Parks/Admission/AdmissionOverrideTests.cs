using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Parks;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Parks.Admission;

/// <summary>Thresholds set by the park's operator, an evaluation through the API, and an override that needs a reason and
/// a second person of the programme office; each step in the audit trail.</summary>
public sealed class AdmissionOverrideTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private async Task<HttpClient> ApiAsync(string name, string unit, string role) =>
        await Browser.WithTokenAsync(factory, name, await factory.CreateUserAsync(name, unit, role));

    private static async Task<JsonElement> BodyAsync(HttpResponseMessage r) => JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;

    [Fact]
    public async Task An_override_changes_the_result_only_when_a_second_person_approves()
    {
        var park = await ParkData.ParkAsync(factory, "park-01");
        var laoshan = await UnitAsync(factory, "370212");
        var project = await ParkData.ProjectAsync(factory, "（入园）虚拟现实整机项目", laoshan, 28_000m, 100m, park.UnitId);
        var op = await ApiAsync("adm-operator", "park-01", Roles.ParkOperator);
        var other = await ApiAsync("adm-district", "370211", Roles.DistrictStaff);
        var first = await ApiAsync("adm-office-a", "dept-drc", Roles.ProgrammeOffice);
        var second = await ApiAsync("adm-office-b", "dept-drc", Roles.ProgrammeOffice);

        var threshold = new { parkId = park.Id, year = 2023, minInvestmentPerMu = 280m, minTaxPerMu = 20m, conditionalShortfall = 0.1m, basis = "青岛" };
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PutAsJsonAsync("/api/parks/admission/thresholds", threshold)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await op.PutAsJsonAsync("/api/parks/admission/thresholds", threshold)).StatusCode);

        // 1,800 万元 on 100 亩 = 18 万元/亩: exactly 20 × (1 − 10 %), so conditional.
        var evaluated = await op.PostAsJsonAsync("/api/parks/admission/evaluations", new { projectId = project, parkId = park.Id, year = 2023, expectedTax = 1_800m });
        Assert.Equal(HttpStatusCode.OK, evaluated.StatusCode);
        var e = await BodyAsync(evaluated);
        var id = e.GetProperty("id").GetInt32();
        Assert.Equal((int)AdmissionResult.Conditional, e.GetProperty("effectiveResult").GetInt32());
        Assert.Equal(4, e.GetProperty("reasons").GetArrayLength());

        var noReason = await first.PostAsJsonAsync($"/api/parks/admission/evaluations/{id}/override", new { result = AdmissionResult.Pass, reason = "", version = e.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.True((await BodyAsync(noReason)).GetProperty("errors").TryGetProperty("reason", out _));

        var asked = await first.PostAsJsonAsync($"/api/parks/admission/evaluations/{id}/override",
            new { result = AdmissionResult.Pass, reason = "市级重大项目，税收次年达产", version = e.GetProperty("version").GetInt32() });
        Assert.Equal(HttpStatusCode.OK, asked.StatusCode);
        var requested = await BodyAsync(asked);
        Assert.Equal((int)AdmissionResult.Conditional, requested.GetProperty("effectiveResult").GetInt32());
        var version = requested.GetProperty("version").GetInt32();

        var self = await first.PostAsJsonAsync($"/api/parks/admission/evaluations/{id}/decision", new { approve = true, version });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Contains("调整须由申请人以外的另一人审批", await self.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await op.PostAsJsonAsync($"/api/parks/admission/evaluations/{id}/decision", new { approve = true, version })).StatusCode);

        var approved = await second.PostAsJsonAsync($"/api/parks/admission/evaluations/{id}/decision", new { approve = true, version });
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var done = await BodyAsync(approved);
        Assert.Equal((int)AdmissionResult.Pass, done.GetProperty("effectiveResult").GetInt32());
        Assert.Equal((int)AdmissionResult.Conditional, done.GetProperty("result").GetInt32());
        Assert.Equal("adm-office-b", done.GetProperty("overrideDecidedBy").GetString());

        var key = Id(id);
        var trail = await factory.WithDbAsync(db => db.AuditEntries.Where(a => a.EntityType == nameof(AdmissionEvaluation) && a.EntityKey == key)
            .OrderBy(a => a.Id).Select(a => a.UserName).ToListAsync());
        Assert.Equal(["adm-operator", "adm-office-a", "adm-office-b"], trail);
    }

    [Fact]
    public async Task A_rejected_override_leaves_the_rules_result_and_a_park_without_thresholds_cannot_evaluate()
    {
        var park = await ParkData.ParkAsync(factory, "park-02");
        var xihaian = await UnitAsync(factory, "370211");
        var project = await ParkData.ProjectAsync(factory, "（入园）集成电路封测项目", xihaian, 20_000m, 100m, park.UnitId);
        var office = await ApiAsync("adm-office-c", "dept-drc", Roles.ProgrammeOffice);
        var reviewer = await ApiAsync("adm-office-d", "dept-drc", Roles.ProgrammeOffice);
        var none = await office.PostAsJsonAsync("/api/parks/admission/evaluations", new { projectId = project, parkId = park.Id, year = 2023 });
        Assert.Equal(HttpStatusCode.BadRequest, none.StatusCode);
        Assert.Contains("该园区当年尚未设定入园门槛", await none.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        await office.PutAsJsonAsync("/api/parks/admission/thresholds", new { parkId = park.Id, year = 2023, minInvestmentPerMu = 280m, conditionalShortfall = 0.1m });
        var e = await BodyAsync(await office.PostAsJsonAsync("/api/parks/admission/evaluations", new { projectId = project, parkId = park.Id, year = 2023 }));
        Assert.Equal((int)AdmissionResult.Fail, e.GetProperty("result").GetInt32());
        var id = e.GetProperty("id").GetInt32();
        var asked = await BodyAsync(await office.PostAsJsonAsync($"/api/parks/admission/evaluations/{id}/override",
            new { result = AdmissionResult.Conditional, reason = "用地待核减", version = e.GetProperty("version").GetInt32() }));
        var rejected = await BodyAsync(await reviewer.PostAsJsonAsync($"/api/parks/admission/evaluations/{id}/decision",
            new { approve = false, version = asked.GetProperty("version").GetInt32() }));
        Assert.Equal((int)OverrideState.Rejected, rejected.GetProperty("overrideState").GetInt32());
        Assert.Equal((int)AdmissionResult.Fail, rejected.GetProperty("effectiveResult").GetInt32());
    }
}
