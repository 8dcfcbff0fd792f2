namespace Ballast.Web.Common.Uploads;

/// <summary>A file that passed <see cref="UploadInspector"/>: only the inspector makes one, so code that
/// takes one cannot be handed an unchecked file.</summary>
public sealed class InspectedUpload
{
    internal InspectedUpload(byte[] content, string fileName, UploadKind kind, UploadPurpose purpose) =>
        (Content, FileName, Kind, Purpose) = (content, fileName, kind, purpose);

    public byte[] Content { get; }

    /// <summary>The name the user gave it, without folders: for display only, never a path.</summary>
    public string FileName { get; }

    public UploadKind Kind { get; }

    /// <summary>What it was checked for: a file passed for one purpose is not taken for another.</summary>
    public UploadPurpose Purpose { get; }

    /// <summary>The kind's own content type, never the one the client declared.</summary>
    public string ContentType => Kind.ContentType;
}
