namespace Ballast.Web.Features.Programme;

/// <summary>What may be attached as evidence: PDF, JPG, PNG, DOCX or XLSX up to 10 MB, where the
/// extension, the declared content type and the file's first bytes all agree (a renamed .exe is
/// refused however it is labelled). Pure; returns a Chinese reason.</summary>
public static class EvidenceRules
{
    public const long MaxBytes = 10L * 1024 * 1024;
    public const int MaxFilesPerSubmission = 20;

    private sealed record Kind(string[] ContentTypes, byte[] Signature);

    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    private static readonly Dictionary<string, Kind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = new(["application/pdf"], "%PDF-"u8.ToArray()),
        [".jpg"] = new(["image/jpeg", "image/pjpeg"], [0xFF, 0xD8, 0xFF]),
        [".jpeg"] = new(["image/jpeg", "image/pjpeg"], [0xFF, 0xD8, 0xFF]),
        [".png"] = new(["image/png"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
        [".docx"] = new(["application/vnd.openxmlformats-officedocument.wordprocessingml.document"], Zip),
        [".xlsx"] = new(["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"], Zip),
    };

    /// <summary>Checks what is known before reading the file: its name, declared type and size.</summary>
    public static string? Check(string? fileName, string? contentType, long length)
    {
        if (length <= 0 || string.IsNullOrWhiteSpace(fileName))
        {
            return "请选择要上传的证据文件";
        }
        if (length > MaxBytes)
        {
            return "单个证据文件不超过10MB";
        }
        if (!Kinds.TryGetValue(Path.GetExtension(fileName), out var kind))
        {
            return "证据文件仅支持PDF、JPG、PNG、DOCX、XLSX格式";
        }
        var declared = contentType?.Split(';')[0].Trim() ?? "";
        return kind.ContentTypes.Contains(declared, StringComparer.OrdinalIgnoreCase) ? null
            : "文件类型与扩展名不符，证据文件仅支持PDF、JPG、PNG、DOCX、XLSX格式";
    }

    /// <summary>Checks the file's first bytes against its extension, once it is read.</summary>
    public static string? CheckContent(string fileName, ReadOnlySpan<byte> content) =>
        Kinds.TryGetValue(Path.GetExtension(fileName), out var kind) && content.StartsWith(kind.Signature) ? null
            : "文件内容与扩展名不符，证据文件仅支持PDF、JPG、PNG、DOCX、XLSX格式";

    /// <summary>The name kept: no folders, at most 260 characters with its extension.</summary>
    public static string SafeName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        if (name.Length <= 260)
        {
            return name;
        }
        var ext = Path.GetExtension(name);
        return name[..(260 - ext.Length)] + ext;
    }

    /// <summary>The content type served back: the canonical one for the extension, never the
    /// uploader's label.</summary>
    public static string ContentTypeOf(string fileName) =>
        Kinds.TryGetValue(Path.GetExtension(fileName), out var kind) ? kind.ContentTypes[0] : "application/octet-stream";
}
