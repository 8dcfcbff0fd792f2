using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Ballast.Tests.Import;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Lists;
using Ballast.Web.Features.Organisation;
using Ballast.Web.Features.Projects;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Projects.SpineData;

namespace Ballast.Tests.Resilience;

/// <summary>The people and records the fault tests write to: the office on a page and through the
/// API, a district clerk with a key project in an open month, and a project to edit.</summary>
public sealed class FaultWorld
{
    private static readonly string[] Words = ["智能制造", "新能源", "集成电路", "生物医药", "海洋装备", "工业互联网", "新材料", "文旅康养"];

    private FaultWorld(FaultFactory app) => App = app;

    public FaultFactory App { get; }
    public string OfficeName { get; } = "fault-office";
    public string OfficePassword { get; private set; } = "";
    public HttpClient OfficePage { get; private set; } = null!;
    public HttpClient OfficeApi { get; private set; } = null!;
    public HttpClient DistrictPage { get; private set; } = null!;
    public int Unit { get; private set; }
    public int ProjectId { get; private set; }
    public int KeyProjectId { get; private set; }
    public int PeriodId { get; private set; }

    public static async Task<FaultWorld> CreateAsync(FaultFactory app)
    {
        var w = new FaultWorld(app);
        w.OfficePassword = await app.CreateUserAsync(w.OfficeName, "dept-drc", Roles.ProgrammeOffice);
        w.OfficePage = await Browser.SignedInAsync(app, w.OfficeName, w.OfficePassword);
        w.OfficeApi = await Browser.WithTokenAsync(app, w.OfficeName, w.OfficePassword);
        w.DistrictPage = await Browser.SignedInAsync(app, "fault-district", await app.CreateUserAsync("fault-district", "370211", Roles.DistrictStaff));
        w.Unit = await UnitAsync(app, "370211");
        (w.ProjectId, w.KeyProjectId) = await KeyProjectAsync(app, "故障演练重点项目", w.Unit, 2023, 8_000m);
        var opened = await w.OfficeApi.PostAsJsonAsync("/api/dispatch/periods", new DispatchApi.OpenPeriod(2023, 6, new DateOnly(2023, 7, 10)));
        w.PeriodId = (await ImportHttp.JsonAsync(opened)).GetProperty("id").GetInt32();
        return w;
    }

    /// <summary>Every kind of write, <paramref name="variants"/> of each with generated values.</summary>
    public List<WriteProbe> Probes(int variants, int seed)
    {
        var random = new Random(seed);
        string Word() => Words[random.Next(Words.Length)];
        string Number() => random.Next(100_000, 999_999).ToString(CultureInfo.InvariantCulture);
        var probes = new List<WriteProbe>();
        for (var i = 0; i < variants; i++)
        {
            var pageName = $"{Word()}页面{Number()}";
            var content = $"{Word()}厂房{Number()}平方米";
            var progress = $"{Word()}主体{Number()}";
            var target = $"{Word()}目标{Number()}";
            var apiName = $"{Word()}接口{Number()}";
            var amount = random.Next(10, 900);
            probes.AddRange(
            [
                new("page: create project", true, HttpStatusCode.Redirect, pageName, () => Browser.PostFormAsync(OfficePage, "/Projects/Edit",
                    Form(("Input.Name", pageName), ("Input.OwnerUnitId", Id(Unit)), ("Input.TotalInvestment", $"{amount * 100}"),
                        ("InitialStage", "Lead")))),
                new("page: edit project", true, HttpStatusCode.Redirect, content, async () => await Browser.PostFormAsync(OfficePage,
                    $"/Projects/Edit/{ProjectId}", Form(("Input.Name", "故障演练重点项目"), ("Input.OwnerUnitId", Id(Unit)),
                        ("Input.TotalInvestment", $"{amount * 1000}"), ("Input.ConstructionContent", content), ("Input.Version", Id(await VersionAsync()))))),
                new("page: save monthly report", true, HttpStatusCode.Redirect, progress, () => PostAsync(DistrictPage,
                    $"/Projects/Dispatch/Report/{PeriodId}", $"/Projects/Dispatch/Report/{PeriodId}?handler=Save",
                    Form(("Lines[0].KeyProjectId", Id(KeyProjectId)), ("Lines[0].Completed", $"{amount}"), ("Lines[0].PhysicalProgress", progress)))),
                new("page: add list target", true, HttpStatusCode.Redirect, target, () => Browser.PostFormAsync(OfficePage, "/Lists/Targets/Edit",
                    Form(("Input.Year", "2023"), ("Input.Name", target), ("Input.OwnerUnitId", Id(Unit))))),
                new("page: sign in", true, HttpStatusCode.Redirect, OfficeName, () => Browser.LoginAsync(Browser.NewClient(App), OfficeName, OfficePassword)),
                new("api: create project", false, HttpStatusCode.Created, null, () => OfficeApi.PostAsJsonAsync("/api/projects",
                    new ProjectInput { Name = apiName, OwnerUnitId = Unit, TotalInvestment = amount * 100m })),
                new("api: edit project", false, HttpStatusCode.OK, null, async () => await OfficeApi.PutAsJsonAsync($"/api/projects/{ProjectId}",
                    new ProjectInput { Name = "故障演练重点项目", OwnerUnitId = Unit, TotalInvestment = amount * 1000m, Version = await VersionAsync() })),
                new("api: save monthly report", false, HttpStatusCode.NoContent, null, () => OfficeApi.PutAsJsonAsync(
                    $"/api/dispatch/periods/{PeriodId}/reports",
                    new DispatchApi.SaveReports([new ReportEntry(KeyProjectId, amount, progress, false, false)], Submit: false))),
                new("api: add list target", false, HttpStatusCode.Created, null, () => OfficeApi.PostAsJsonAsync("/api/lists/targets",
                    new TargetInput { Year = 2023, Name = target + "接口", OwnerUnitId = Unit })),
                new("api: get a token", false, HttpStatusCode.OK, null, () => App.CreateClient().PostAsJsonAsync("/api/auth/token",
                    new { userName = OfficeName, password = OfficePassword })),
            ]);
        }
        return probes;
    }

    private static Dictionary<string, string> Form(params (string Name, string Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    private Task<int> VersionAsync() => App.WithDbAsync(db => db.Projects.Where(p => p.Id == ProjectId).Select(p => p.Version).SingleAsync());

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string tokenUrl, string url, Dictionary<string, string> fields)
    {
        var token = await Browser.AntiforgeryTokenAsync(client, tokenUrl);
        return await client.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token }));
    }
}
