using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Features.Organisation;
using Microsoft.EntityFrameworkCore;
using static Ballast.Tests.Programme.SubmissionWorld;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>Every place Ballast takes a file — the import page and API for projects and for a month's
/// figures, the evidence page and API — driven as a user of each would drive it, signed in once. The
/// project API commits and the monthly API previews, so both paths of the import API are covered.</summary>
internal sealed class UploadEndpoints
{
    public sealed record Endpoint(string Name, UploadPurpose Purpose, HttpStatusCode Refused, Func<HostileFile, Task<HttpResponseMessage>> Send,
        Func<HttpResponseMessage, Task<string>> Reason);

    private UploadEndpoints(IReadOnlyList<Endpoint> all) => All = all;

    public IReadOnlyList<Endpoint> All { get; }

    public Endpoint this[string name] => All.Single(e => e.Name == name);

    public static async Task<UploadEndpoints> StartAsync(BallastFactory factory, string prefix)
    {
        // One period per month: the endpoints of one factory share it.
        var period = await factory.WithDbAsync(db => db.ReportingPeriods.Where(r => r.Year == 2023 && r.Month == 6).Select(r => (int?)r.Id)
            .FirstOrDefaultAsync()) ?? await OpenAsync(factory, 6, new DateOnly(2023, 7, 31));
        var indicator = await IndicatorAsync(factory, "tech-renovation");
        var unit = await UnitAsync(factory, Miit);
        var officePassword = await factory.CreateUserAsync(prefix + "-office", Drc, Roles.ProgrammeOffice);
        var miitPassword = await factory.CreateUserAsync(prefix + "-miit", Miit, Roles.DepartmentStaff);
        var officeApi = await Browser.WithTokenAsync(factory, prefix + "-office", officePassword);
        var officePage = await Browser.SignedInAsync(factory, prefix + "-office", officePassword);
        var miitApi = await Browser.WithTokenAsync(factory, prefix + "-miit", miitPassword);
        var miitPage = await Browser.SignedInAsync(factory, prefix + "-miit", miitPassword);
        var importToken = await Browser.AntiforgeryTokenAsync(officePage, "/Projects/Import");
        var evidenceToken = await Browser.AntiforgeryTokenAsync(miitPage, $"/Programme/Reporting/Updates?Period={period}");
        var p = period.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new(
        [
            new("project import API", UploadPurpose.Import, HttpStatusCode.UnprocessableEntity,
                f => officeApi.PostAsync("/api/projects/import", Form(f)), ApiImportReason),
            new("monthly import API", UploadPurpose.Import, HttpStatusCode.UnprocessableEntity,
                f => officeApi.PostAsync($"/api/dispatch/periods/{p}/import?dryRun=true", Form(f)), ApiImportReason),
            new("project import page", UploadPurpose.Import, HttpStatusCode.UnprocessableEntity,
                f => officePage.PostAsync("/Projects/Import?handler=Preview", Form(f, ("Kind", "projects"), ("__RequestVerificationToken", importToken))),
                PageReason),
            new("monthly import page", UploadPurpose.Import, HttpStatusCode.UnprocessableEntity,
                f => officePage.PostAsync("/Projects/Import?handler=Preview",
                    Form(f, ("Kind", "monthly"), ("PeriodId", p), ("__RequestVerificationToken", importToken))), PageReason),
            new("evidence API", UploadPurpose.Evidence, HttpStatusCode.BadRequest,
                f => miitApi.PostAsync($"/api/programme/submissions/periods/{p}/indicators/{indicator}/evidence", Form(f)), ApiEvidenceReason),
            new("evidence page", UploadPurpose.Evidence, HttpStatusCode.UnprocessableEntity,
                f => miitPage.PostAsync($"/Programme/Reporting/Updates?handler=Evidence&Period={p}",
                    Form(f, ("indicatorId", indicator.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                        ("unitId", unit.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("__RequestVerificationToken", evidenceToken))),
                PageReason),
        ]);
    }

    private static MultipartFormDataContent Form(HostileFile f, params (string Name, string Value)[] fields)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }
        var file = new ByteArrayContent(f.Bytes);
        if (f.ContentType.Length > 0)
        {
            file.Headers.ContentType = MediaTypeHeaderValue.Parse(f.ContentType);
        }
        form.Add(file, "file", f.FileName);
        return form;
    }

    private static async Task<string> ApiImportReason(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("sheetErrors")[0].GetString()!;

    private static async Task<string> ApiEvidenceReason(HttpResponseMessage r) =>
        JsonDocument.Parse(await r.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("file")[0].GetString()!;

    /// <summary>The page's alert, as the user reads it.</summary>
    private static async Task<string> PageReason(HttpResponseMessage r)
    {
        var html = await r.Content.ReadAsStringAsync();
        var alert = System.Text.RegularExpressions.Regex.Match(html, "class=\"[^\"]*alert-danger[^\"]*\"[^>]*>(.*?)</div>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        return WebUtility.HtmlDecode(alert.Success ? alert.Groups[1].Value : "(no alert on the page)");
    }
}
