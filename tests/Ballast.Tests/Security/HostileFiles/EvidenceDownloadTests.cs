using System.Net;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Programme;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>Evidence goes back out as an attachment, never shown in the browser: nosniff, a content type
/// from Ballast's own list, a generated ASCII name and the user's name, cleaned, as an RFC 6266 filename*.</summary>
public sealed class EvidenceDownloadTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    /// <summary>A row as an older Ballast, or a database edit, might have left it: any name, any type.</summary>
    private Task<int> StoreAsync(int submissionId, string name, string type) => factory.WithDbAsync(async db =>
    {
        var evidence = new Evidence
        {
            SubmissionId = submissionId, FileName = name, ContentType = type, Content = "<script>alert(1)</script>"u8.ToArray(),
            UploadedAt = db.Time.GetUtcNow(),
        };
        db.Evidence.Add(evidence);
        await db.SaveChangesAsync();
        return evidence.Id;
    });

    [Fact]
    public async Task Evidence_downloads_as_an_attachment_with_nosniff_and_a_clean_RFC_6266_name()
    {
        var endpoints = await UploadEndpoints.StartAsync(factory, "download");
        using var created = await endpoints["evidence API"].Send(new("good", "技改台账（第一批）.pdf", "application/pdf", GoodFiles.Pdf(), "", ""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var password = await factory.CreateUserAsync("download-reviewer", "dept-drc", Web.Features.Organisation.Roles.ProgrammeOffice);
        var office = await Browser.SignedInAsync(factory, "download-reviewer", password);
        var api = await Browser.WithTokenAsync(factory, "download-reviewer", password);

        foreach (var response in new[] { await office.GetAsync($"/Programme/Reporting/Updates?handler=Evidence&evidenceId={id}"),
                     await api.GetAsync($"/api/programme/submissions/evidence/{id}") })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
            var disposition = response.Content.Headers.ContentDisposition!;
            Assert.Equal("attachment", disposition.DispositionType);
            Assert.Equal($"evidence-{id}.pdf", disposition.FileName);
            Assert.Equal("技改台账（第一批）.pdf", disposition.FileNameStar);
            Assert.Contains("filename*=UTF-8''%E6%8A%80", response.Content.Headers.GetValues("Content-Disposition").Single(), StringComparison.Ordinal);
            Assert.Equal(GoodFiles.Pdf(), await response.Content.ReadAsByteArrayAsync());
        }
    }

    [Theory]
    [InlineData("旧文件.html", "text/html", "application/octet-stream", ".bin", "旧文件.html.bin")]
    [InlineData("图.svg", "image/svg+xml", "application/octet-stream", ".bin", "图.svg.bin")]
    [InlineData("a\"b;c\r\nd\u202Eexe.pdf", "application/pdf", "application/pdf", ".pdf", "a_b;c__d_exe.pdf")]
    [InlineData("..\\..\\报告.PDF", "APPLICATION/PDF", "application/pdf", ".pdf", "报告.pdf")]
    public async Task A_stored_file_of_any_name_or_type_still_goes_out_safely(string name, string type, string served, string extension, string shown)
    {
        var endpoints = await UploadEndpoints.StartAsync(factory, "stored-" + extension.TrimStart('.') + shown.Length);
        using var created = await endpoints["evidence API"].Send(new("good", "台账.pdf", "application/pdf", GoodFiles.Pdf(), "", ""));
        var submission = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("submissionId").GetInt32();
        var id = await StoreAsync(submission, name, type);
        var password = await factory.CreateUserAsync("stored-office-" + id, "dept-drc", Web.Features.Organisation.Roles.ProgrammeOffice);
        var api = await Browser.WithTokenAsync(factory, "stored-office-" + id, password);

        var response = await api.GetAsync($"/api/programme/submissions/evidence/{id}");

        Assert.Equal(served, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"evidence-{id}{extension}", response.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(shown, response.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal(["nosniff"], response.Headers.GetValues("X-Content-Type-Options"));
    }
}
