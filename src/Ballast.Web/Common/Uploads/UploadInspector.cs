using System.Globalization;

namespace Ballast.Web.Common.Uploads;

/// <summary>
/// The one gate every upload passes before anything opens it. In order, and stopping at the first problem:
/// the name (no control or direction characters, not too long), the extension (a kind the purpose allows),
/// the declared content type (the kind's own, or none), the size, the first bytes (the kind's signature),
/// then the inside: <see cref="PackageInspector"/> for Office and OFD files, <see cref="PdfInspector"/>,
/// <see cref="PngInspector"/> and <see cref="JpegInspector"/>. Each refusal names the file and the problem.
/// </summary>
public sealed class UploadInspector(IConfiguration configuration, ILogger<UploadInspector> log)
{
    public async Task<UploadInspection> InspectAsync(IFormFile? file, UploadPurpose purpose, CancellationToken cancellationToken = default)
    {
        var limits = UploadLimits.For(purpose, configuration);
        var inspection = file is null ? Refuse(new UploadRefusal(UploadReasons.NoFile, ""))
            : Screen(file.FileName, file.ContentType, file.Length, purpose, limits) is { } early ? Refuse(early)
            : Check(file.FileName, file.ContentType, await ReadAsync(file, cancellationToken), purpose, limits, log);
        if (inspection.Refusal is { } refusal)
        {
            log.LogWarning("Upload refused ({Purpose}): {Reason}", purpose, refusal.ToString());
        }
        return inspection;
    }

    /// <summary>Checks a file already in memory (at most <see cref="UploadLimits.MaxBytes"/> of it is looked at).</summary>
    public static UploadInspection Check(string? fileName, string? contentType, byte[] content, UploadPurpose purpose, UploadLimits limits,
        ILogger? log = null)
    {
        if (Screen(fileName, contentType, content.Length, purpose, limits) is { } refused)
        {
            return Refuse(refused);
        }
        var name = UploadNames.BaseName(fileName!);
        var kind = KindOf(name, purpose)!;
        try
        {
            Contents(content, kind, limits);
            return new(new InspectedUpload(content, name, kind, purpose), null);
        }
        catch (UploadRefusedException e)
        {
            return Refuse(new UploadRefusal(e.Key, UploadNames.ForMessage(name), [.. e.Args]));
        }
        catch (Exception e) when (e is not (OutOfMemoryException or OperationCanceledException))
        {
            // A file malformed in a way no check foresaw is still a damaged file, never a server error;
            // the type is logged (not the message, which may quote the file) so that the check can be added.
            log?.LogWarning("Upload refused as damaged after an unforeseen {ExceptionType} at {Site}", e.GetType().FullName, e.TargetSite?.Name);
            return Refuse(new UploadRefusal(UploadReasons.Damaged, UploadNames.ForMessage(name), UploadReasons.BadStructure));
        }
    }

    /// <summary>What is known before a byte is read: the name, the declared type and the size.</summary>
    private static UploadRefusal? Screen(string? fileName, string? contentType, long length, UploadPurpose purpose, UploadLimits limits)
    {
        var name = UploadNames.BaseName(fileName ?? "");
        var shown = UploadNames.ForMessage(name);
        var declared = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return name.Length == 0 ? new(UploadReasons.NoFile, "")
            : name.Any(UploadNames.IsUnsafe) ? new(UploadReasons.NameUnsafe, shown)
            : name.Length > limits.MaxNameLength ? new(UploadReasons.NameTooLong, shown, limits.MaxNameLength.ToString(CultureInfo.InvariantCulture))
            : KindOf(name, purpose) is not { } kind ? new(UploadReasons.NotAllowed, shown, UploadKinds.Allowed(purpose))
            : declared is not ("" or "application/octet-stream") && !kind.ContentTypes.Contains(declared)
                ? new(UploadReasons.DeclaredMismatch, shown, UploadNames.ForMessage(declared))
            : length <= 0 ? new(UploadReasons.Empty, shown)
            : length > limits.MaxBytes ? new(UploadReasons.TooLarge, shown, (limits.MaxBytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture))
            : null;
    }

    private static UploadKind? KindOf(string name, UploadPurpose purpose) =>
        UploadKinds.For(purpose).FirstOrDefault(k => name.EndsWith(k.Extension, StringComparison.OrdinalIgnoreCase) && name.Length > k.Extension.Length);

    private static void Contents(byte[] content, UploadKind kind, UploadLimits limits)
    {
        var signature = kind.Format switch
        {
            UploadFormat.Pdf => ContentSniffer.Pdf,
            UploadFormat.Png => ContentSniffer.Png,
            UploadFormat.Jpeg => ContentSniffer.Jpeg,
            _ => ContentSniffer.Zip,
        };
        if (!content.AsSpan().StartsWith(signature))
        {
            throw kind.Format == UploadFormat.Ooxml && content.AsSpan().StartsWith(ContentSniffer.Cfb)
                ? new UploadRefusedException(UploadReasons.LegacyOrEncrypted, kind.Label)
                : new UploadRefusedException(UploadReasons.ContentMismatch, kind.Label,
                    ContentSniffer.Describe(content.AsSpan(0, Math.Min(content.Length, 512))));
        }
        switch (kind.Format)
        {
            case UploadFormat.Pdf:
                PdfInspector.Check(content, limits);
                break;
            case UploadFormat.Png:
                PngInspector.Check(content, limits);
                break;
            case UploadFormat.Jpeg:
                JpegInspector.Check(content, limits);
                break;
            default:
                PackageInspector.Inspect(content, kind, limits, new InflateCounter(limits.MaxInflatedBytes));
                break;
        }
    }

    private static UploadInspection Refuse(UploadRefusal refusal) => new(null, refusal);

    /// <summary>The form has the file buffered and measured; the screen has refused it past the limit.</summary>
    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        var bytes = new byte[file.Length];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(bytes, cancellationToken);
        return bytes;
    }
}
