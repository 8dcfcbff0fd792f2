using System.Net.Http.Headers;
using System.Text.Json;
using Ballast.Tests.Excel;
using Ballast.Tests.Infrastructure;
using Ballast.Web.Features.Organisation;

namespace Ballast.Tests.Import;

/// <summary>Uploads a generated workbook to the import API, as an office user.</summary>
internal static class ImportHttp
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static MemoryStream Sheet(object?[][] rows, string[] merges) => Xlsx.Build(rows, (IReadOnlyList<string>)merges);

    public static MultipartFormDataContent Upload(MemoryStream sheet, string fileName = "重点项目.xlsx")
    {
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(sheet.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(file, "file", fileName);
        return content;
    }

    public static async Task<HttpClient> OfficeAsync(BallastFactory factory, string name)
    {
        var password = await factory.CreateUserAsync(name, "dept-drc", Roles.ProgrammeOffice);
        return await Browser.WithTokenAsync(factory, name, password);
    }

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    /// <summary>Each rejected row as "row: reason", from a preview ("rows" with action) or a result ("rejected"/"rows").</summary>
    public static List<string> Rejections(JsonElement body, string property) =>
        [.. body.GetProperty(property).EnumerateArray()
            .Where(r => !r.TryGetProperty("action", out var a) || (a.ValueKind == JsonValueKind.Number ? a.GetInt32() == 2 : a.GetString() == "Reject"))
            .Select(r => $"{r.GetProperty("rowNumber").GetInt32()}: {string.Join("；", r.GetProperty("problems").EnumerateArray().Select(p => p.GetString()))}")];
}
