using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Rules;

/// <summary>An id or code that points at nothing is refused by the field's name, the same on the edit
/// page and through the API (in Chinese, or in English when asked), never a failed save.</summary>
public sealed class ReferenceRefusalTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    public static TheoryData<string, string, string, string> Cases => new()
    {
        { "ChainId", "999999", "「产业链」不存在", "“Industrial chains” does not exist" },
        { "ParkUnitId", "999999", "「所在园区」不存在", "" },
        { "ResponsibleUnitId", "999999", "「牵头部门」不存在", "" },
        { "LeaderId", "999999", "「包抓市级领导」不存在", "" },
        { "IndustryDivisionCode", "99", "「国民经济行业（大类）」不存在", "" },
        { "EmergingAreaCode", "X9", "「战略性新兴产业」不存在", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task An_unknown_reference_is_refused_by_name_on_the_page_and_in_the_api(string field, string value, string message, string english)
    {
        var user = $"refers-{field}";
        var password = await factory.CreateUserAsync(user, "dept-drc", Roles.ProgrammeOffice);
        var unit = await Projects.SpineData.UnitAsync(factory, "370211");
        var name = $"引用检查{field}项目";

        var page = await Browser.SignedInAsync(factory, user, password);
        var form = new Dictionary<string, string>
        {
            ["Input.Name"] = name, ["Input.OwnerUnitId"] = $"{unit}", ["Input.TotalInvestment"] = "100", [$"Input.{field}"] = value, ["InitialStage"] = "Lead",
        };
        var html = WebUtility.HtmlDecode(await (await Browser.PostFormAsync(page, "/Projects/Edit", form)).Content.ReadAsStringAsync());
        Assert.Contains(message, html, StringComparison.Ordinal);

        var api = await Browser.WithTokenAsync(factory, user, password);
        object sent = field.EndsWith("Id", StringComparison.Ordinal) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : value;
        var body = new Dictionary<string, object>
        {
            ["name"] = name, ["ownerUnitId"] = unit, ["totalInvestment"] = 100, [char.ToLowerInvariant(field[0]) + field[1..]] = sent,
        };
        var response = await api.PostAsJsonAsync("/api/projects", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(message, (await ImportHttp.JsonAsync(response)).GetProperty("errors").GetProperty(field)[0].GetString());
        if (english.Length > 0)
        {
            var en = await api.PostAsJsonAsync("/api/projects?culture=en", body);
            Assert.Equal(english, (await ImportHttp.JsonAsync(en)).GetProperty("errors").GetProperty(field)[0].GetString());
        }
    }
}
