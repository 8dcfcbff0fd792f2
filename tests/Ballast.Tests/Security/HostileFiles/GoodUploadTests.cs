using System.Net;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Programme;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>What the inspector lets through still goes through every endpoint: a real workbook previews on
/// both imports (the page keeps it for the commit), and a real file of every evidence kind is stored.</summary>
public sealed class GoodUploadTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    private static HostileFile Good(string name, string type, byte[] bytes) => new("good", name, type, bytes, "", "");

    [Fact]
    public async Task A_real_workbook_previews_on_every_import_endpoint()
    {
        var endpoints = await UploadEndpoints.StartAsync(factory, "good-import");
        foreach (var endpoint in endpoints.All.Where(e => e.Purpose == Web.Common.Uploads.UploadPurpose.Import))
        {
            var kept = await factory.WithDbAsync(db => db.KeptUploads.CountAsync());
            using var response = await endpoint.Send(Good("项目.xlsx", GoodFiles.XlsxType, GoodFiles.Xlsx("（安全测试）良好项目 " + endpoint.Name)));

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{endpoint.Name}: {(int)response.StatusCode}");
            var expectedKept = endpoint.Name.EndsWith("page", StringComparison.Ordinal) ? kept + 1 : kept;
            Assert.Equal(expectedKept, await factory.WithDbAsync(db => db.KeptUploads.CountAsync()));
        }
    }

    [Fact]
    public async Task A_real_file_of_every_evidence_kind_is_stored_under_its_own_type()
    {
        var endpoints = await UploadEndpoints.StartAsync(factory, "good-evidence");
        var files = new[]
        {
            Good("台账.pdf", "application/pdf", GoodFiles.Pdf()), Good("公文.ofd", "", GoodFiles.Ofd()),
            Good("说明.docx", GoodFiles.DocxType, GoodFiles.DocxWithEmbeddedWorkbook()), Good("台账.xlsx", GoodFiles.XlsxType, GoodFiles.SdkXlsx()),
            Good("汇报.pptx", GoodFiles.PptxType, GoodFiles.Pptx()), Good("现场.jpg", "image/jpeg", GoodFiles.Jpeg()),
            Good("现场.png", "image/png", GoodFiles.Png()),
        };
        foreach (var file in files)
        {
            using var api = await endpoints["evidence API"].Send(file);
            Assert.True(api.StatusCode == HttpStatusCode.Created, $"{file.FileName}: {(int)api.StatusCode} {await api.Content.ReadAsStringAsync()}");
            var id = JsonDocument.Parse(await api.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
            var stored = await factory.WithDbAsync(db => db.Evidence.AsNoTracking().SingleAsync(e => e.Id == id));
            Assert.Equal(file.FileName, stored.FileName);
            Assert.Equal(file.Bytes, stored.Content);
            Assert.Equal(Web.Common.Uploads.UploadKinds.For(Web.Common.Uploads.UploadPurpose.Evidence)
                .First(k => file.FileName.EndsWith(k.Extension, StringComparison.Ordinal)).ContentType, stored.ContentType);
        }
        var before = await factory.WithDbAsync(db => db.Evidence.CountAsync());
        using var page = await endpoints["evidence page"].Send(files[0]);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal(before + 1, await factory.WithDbAsync(db => db.Evidence.CountAsync()));
        Assert.True(EvidenceRules.MaxFilesPerSubmission > files.Length);
    }
}
