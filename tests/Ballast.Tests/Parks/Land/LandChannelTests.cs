using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Parks.Land;

/// <summary>The land fields on every channel: the page and the API refuse the same values with the same words, for a
/// project and a firm; a project list exported and imported back restores its land fields.</summary>
public sealed class LandChannelTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    public static TheoryData<string, string, string> BadValues => new()
    {
        { "ParcelCode", "QD_01", "宗地编码只能含大写字母、数字和连字符，不超过40位" },
        { "LandAreaMu", "0", "用地面积须大于 0 且不超过 100,000 亩" },
        { "LandAreaMu", "100000.5", "用地面积须大于 0 且不超过 100,000 亩" },
        { "LandRightOn", "2099-12-31", "土地使用权取得日期不能晚于今天" },
    };

    private static object Value(string field, string value) => field switch
    {
        "LandAreaMu" => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Page_and_api_refuse_a_bad_land_value_in_the_same_words(string field, string value, string message)
    {
        var name = $"land-ch-{field}-{value.Length}";
        var password = await factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice);
        var unit = await UnitAsync(factory, "370211");
        var page = await Browser.SignedInAsync(factory, name, password);
        var api = await Browser.WithTokenAsync(factory, name, password);
        var camel = char.ToLowerInvariant(field[0]) + field[1..];

        var html = await (await Browser.PostFormAsync(page, "/Projects/Edit", new Dictionary<string, string>
        {
            ["Input.Name"] = $"（用地校验）{name}", ["Input.OwnerUnitId"] = $"{unit}", ["Input.TotalInvestment"] = "5000", ["InitialStage"] = "Lead",
            [$"Input.{field}"] = value,
        })).Content.ReadAsStringAsync();
        Assert.Contains(message, html, StringComparison.Ordinal);

        var project = new Dictionary<string, object> { ["name"] = $"（用地校验接口）{name}", ["ownerUnitId"] = unit, ["totalInvestment"] = 5000m, [camel] = Value(field, value) };
        Assert.Equal([message], await ErrorsAsync(await api.PostAsJsonAsync("/api/projects", project), camel));

        var firm = new Dictionary<string, object> { ["name"] = $"青岛用地校验{value.Length}有限公司", ["country"] = "日本", ["ownerUnitId"] = unit, [camel] = Value(field, value) };
        Assert.Equal([message], await ErrorsAsync(await api.PostAsJsonAsync("/api/enterprises", firm), camel));
    }

    private static async Task<string[]> ErrorsAsync(HttpResponseMessage r, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode);
        var body = JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement;
        // The project API names fields as the input does, the firm API in camel case: either names the field.
        var errors = body.GetProperty("errors").EnumerateObject().Single(p => string.Equals(p.Name, field, StringComparison.OrdinalIgnoreCase));
        return [.. errors.Value.EnumerateArray().Select(e => e.GetString()!)];
    }

    [Fact]
    public async Task A_project_list_exported_and_imported_back_restores_the_land_fields()
    {
        var password = await factory.CreateUserAsync("land-round", "dept-drc", Roles.ProgrammeOffice);
        var unit = await UnitAsync(factory, "370202");
        var api = await Browser.WithTokenAsync(factory, "land-round", password);
        var page = await Browser.SignedInAsync(factory, "land-round", password);
        var lands = new (decimal Mu, string Code, string On, bool Standard)[]
        {
            (85.5m, "370202001001GB00017", "2021-04-30", true), (1_200m, "QD-SN-2022-003", "2022-11-01", false),
            (0.75m, "370202001001GB00017F00010001", "1990-01-01", true),
        };
        for (var i = 0; i < lands.Length; i++)
        {
            var (mu, code, on, standard) = lands[i];
            var created = await api.PostAsJsonAsync("/api/projects", new
            {
                name = $"（用地往返）{i}", ownerUnitId = unit, totalInvestment = 9_000m, landAreaMu = mu, parcelCode = code.ToLowerInvariant(), landRightOn = on,
                isStandardLand = standard,
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }
        var exported = await page.GetByteArrayAsync("/Projects?handler=Export&Q=" + Uri.EscapeDataString("（用地往返）"));
        await factory.WithDbAsync(db => db.Projects.Where(p => p.Name.StartsWith("（用地往返）"))
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.LandAreaMu, (decimal?)null).SetProperty(p => p.ParcelCode, (string?)null)
                .SetProperty(p => p.LandRightOn, (DateOnly?)null).SetProperty(p => p.IsStandardLand, false)));

        var response = await api.PostAsync("/api/projects/import", ImportHttp.Upload(new MemoryStream(exported), "projects.xlsx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("updated").GetInt32() == lands.Length, result.ToString());
        var stored = await factory.WithDbAsync(db => db.Projects.Where(p => p.Name.StartsWith("（用地往返）")).OrderBy(p => p.Name)
            .Select(p => new { p.LandAreaMu, p.ParcelCode, p.LandRightOn, p.IsStandardLand }).ToListAsync());
        Assert.Equal(lands.Select(l => (l.Mu, l.Code, DateOnly.Parse(l.On, System.Globalization.CultureInfo.InvariantCulture), l.Standard)),
            stored.Select(s => (s.LandAreaMu!.Value, s.ParcelCode!, s.LandRightOn!.Value, s.IsStandardLand)));
    }
}
