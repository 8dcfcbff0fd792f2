using Microsoft.Net.Http.Headers;

namespace Ballast.Web.Common.Uploads;

/// <summary>
/// How a stored upload goes back out: always as an attachment (never rendered in the browser), with
/// nosniff and a content type from Ballast's own list (anything else is application/octet-stream). The
/// name is RFC 6266: a generated ASCII filename, and the user's name, cleaned, as a UTF-8 filename*.
/// </summary>
public static class Attachment
{
    public static void Prepare(HttpResponse response, string displayName, string generatedName)
    {
        var extension = Path.GetExtension(generatedName);
        var disposition = new ContentDispositionHeaderValue("attachment") { FileName = generatedName };
        disposition.FileNameStar = UploadNames.ForDownload(displayName, extension);
        response.Headers.ContentDisposition = disposition.ToString();
        response.Headers.XContentTypeOptions = "nosniff";
    }

    /// <summary>The stored file's content type if Ballast accepts that kind, otherwise application/octet-stream.</summary>
    public static string ContentType(string? stored) => UploadKinds.Served(stored);

    /// <summary>evidence-12.pdf: the name a client without filename* support saves the file under.</summary>
    public static string GeneratedName(string prefix, int id, string storedName)
    {
        var extension = Path.GetExtension(storedName).ToLowerInvariant();
        var safe = UploadKinds.For(UploadPurpose.Evidence).Any(k => k.Extension == extension) ? extension : ".bin";
        return $"{prefix}-{id.ToString(System.Globalization.CultureInfo.InvariantCulture)}{safe}";
    }
}
