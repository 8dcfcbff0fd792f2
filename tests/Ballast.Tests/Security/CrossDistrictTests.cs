using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Ballast.Tests.Api;
using Ballast.Tests.Infrastructure;
using Ballast.Tests.Programme;
using Ballast.Web.Features.Programme;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Services;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Security;

/// <summary>A district clerk holds the business function, so the gate lets them through; the data
/// scope must then refuse every write that names another district's record. Each API write whose
/// first id is a unit's record is sent against the neighbouring district's, with that record's own
/// JSON as the body where the API shows it: nothing answers 2xx or 500 and no business figure moves.</summary>
public sealed partial class CrossDistrictTests(WalkFactory factory) : IClassFixture<WalkFactory>
{
    private const string Own = "370211";
    private const string Other = "370215";

    [Fact]
    public async Task A_district_cannot_write_the_neighbouring_districts_records_through_any_api()
    {
        var ids = await OtherDistrictIdsAsync();
        var clerk = await Browser.WithTokenAsync(factory, "cross-xihaian", await factory.CreateUserAsync("cross-xihaian", Own, Roles.DistrictStaff));
        var office = await Browser.WithTokenAsync(factory, "cross-office", await factory.CreateUserAsync("cross-office", "dept-drc", Roles.ProgrammeOffice));
        var before = await DataSeqAsync();
        var wrong = new List<string>();
        var tried = 0;
        foreach (var write in (await WriteEndpoints.AllAsync(factory.Services)).Where(e => !e.IsPage && e.Route.Contains('{')))
        {
            var kind = ids.Keys.FirstOrDefault(k => write.Route.StartsWith(k, StringComparison.Ordinal) && FirstId().IsMatch(write.Route[k.Length..]));
            if (kind is null)
            {
                continue;
            }
            var url = FirstId().Replace(write.Route, ids[kind].ToString(CultureInfo.InvariantCulture), 1);
            var shown = await office.GetAsync(url);
            var body = shown.IsSuccessStatusCode && shown.Content.Headers.ContentType?.MediaType == "application/json"
                ? await shown.Content.ReadAsStringAsync() : "{}";
            using var request = new HttpRequestMessage(new HttpMethod(write.Method), url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            var response = await clerk.SendAsync(request);
            tried++;
            if (response.IsSuccessStatusCode || (int)response.StatusCode >= 500)
            {
                wrong.Add($"{write.Method} {url} → {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }
        }
        Assert.True(tried >= 15, $"only {tried} writes named another district's record; kinds: {string.Join(", ", ids.Keys)}");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        Assert.Equal(before, await DataSeqAsync());
    }

    private Task<long> DataSeqAsync() => factory.WithDbAsync(db => db.AuditHeads.Select(h => h.DataSeq).SingleAsync());

    /// <summary>The neighbouring district's record of each kind an API route names by its first id.</summary>
    private async Task<Dictionary<string, int>> OtherDistrictIdsAsync()
    {
        var other = await factory.WithDbAsync(db => db.Units.Where(u => u.Code == Other).Select(u => u.Id).SingleAsync());
        // The demo assigns the neighbour no supervision item; one reported item opens every move to try.
        await SupervisionSeed.ItemAsync(factory, Other, "邻区 已报送事项", new DateOnly(2023, 7, 30), SupervisionState.Reported);
        await factory.WithDbAsync(async db =>
        {
            if (!await db.Buildings.AnyAsync(b => b.OwnerUnitId == other))
            {
                db.Buildings.Add(new Building { Name = "邻区 楼宇", OwnerUnitId = other });
                await db.SaveChangesAsync();
            }
        });
        var found = await factory.WithDbAsync(async db => new Dictionary<string, int?>
        {
            ["/api/buildings/"] = await db.Buildings.Where(p => p.OwnerUnitId == other).MinAsync(p => (int?)p.Id),
            ["/api/projects/"] = await db.Projects.Where(p => p.OwnerUnitId == other).MinAsync(p => (int?)p.Id),
            ["/api/problems/"] = await db.Problems.Where(p => p.OwnerUnitId == other).MinAsync(p => (int?)p.Id),
            ["/api/programme/supervision/"] = await db.SupervisionItems.Where(p => p.OwnerUnitId == other).MinAsync(p => (int?)p.Id),
            ["/api/dispatch/reports/"] = await db.MonthlyReports.Where(p => p.OwnerUnitId == other).MinAsync(p => (int?)p.Id),
            ["/api/programme/submissions/"] = await db.IndicatorSubmissions.Where(p => p.OwnerUnitId == other).MinAsync(p => (int?)p.Id),
            ["/api/lists/targets/"] = await db.AttractionTargets.Where(p => p.OwnerUnitId == other).MinAsync(p => (int?)p.Id),
            ["/api/lists/carriers/"] = await db.Carriers.Where(p => p.OwnerUnitId == other).MinAsync(p => (int?)p.Id),
        });
        Assert.True(found.Count(f => f.Value is not null) >= 4, "the demo data has too few of the other district's records");
        return found.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value!.Value);
    }

    [GeneratedRegex("^\\{[^}]+\\}")]
    private static partial Regex FirstId();
}
