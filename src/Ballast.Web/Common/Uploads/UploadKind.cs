namespace Ballast.Web.Common.Uploads;

/// <summary>One kind of file Ballast accepts: its extension, the content types a client may declare for it
/// (the first is the one served back), how it is checked and, for an Office package, its main part's type.</summary>
public sealed record UploadKind(string Extension, string Label, UploadFormat Format, IReadOnlyList<string> ContentTypes, string? MainPartType = null)
{
    public string ContentType => ContentTypes[0];
}
