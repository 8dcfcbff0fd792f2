using System.Net;
using System.Net.Http.Headers;
using System.Reflection;
using System.Text.Json;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Uploads;
using Ballast.Web.Common.Web;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>Refusals speak the user's language: every reason and every word a reason uses has its English,
/// an English user reads it in English, and a body over the host's limit is refused with a reason too.</summary>
public sealed class UploadMessageTests(BallastFactory factory) : IClassFixture<BallastFactory>
{
    [Fact]
    public void Every_reason_and_every_word_in_it_has_an_English_text()
    {
        var texts = typeof(UploadReasons).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!)
            .Concat(UploadKinds.For(UploadPurpose.Evidence).Select(k => k.Label))
            .Concat([UploadKinds.Allowed(UploadPurpose.Evidence), UploadKinds.Allowed(UploadPurpose.Import), RequestSizeLimit.TooLarge]);

        var missing = texts.Where(t => !Texts.EnglishTexts.ContainsKey(t)).ToList();
        Assert.True(missing.Count == 0, "no English for: " + string.Join(" | ", missing));
    }

    [Fact]
    public async Task An_English_user_reads_the_refusal_in_English()
    {
        var password = await factory.CreateUserAsync("english-api", "dept-miit", Web.Features.Organisation.Roles.DepartmentStaff);
        var api = await Browser.WithTokenAsync(factory, "english-api", password);
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(HostileCorpus.Get("html-as-png").Bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", "photo.png");

        // The file is refused before the period or indicator is even looked up.
        var response = await api.PostAsync("/api/programme/submissions/periods/0/indicators/0/evidence?culture=en&ui-culture=en", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var reason = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors").GetProperty("file")[0].GetString();
        Assert.Equal("The content of “photo.png” is not what its extension says (a PNG image); it looks like: an HTML page", reason);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_with_its_reason_before_it_is_read()
    {
        var client = factory.CreateClient();
        using var body = new ByteArrayContent(new byte[21 * 1024 * 1024]);
        body.Headers.ContentType = new MediaTypeHeaderValue("multipart/form-data");

        var response = await client.PostAsync("/api/projects/import", body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var title = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("title").GetString();
        Assert.Equal("上传内容超过 20 MB 上限，请缩小文件或拆分后再上传", title);
    }
}
