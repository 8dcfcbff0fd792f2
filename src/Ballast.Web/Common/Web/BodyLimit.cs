namespace Ballast.Web.Common.Web;

/// <summary>The largest request body Ballast reads (Limits:MaxRequestBodyMegabytes), named in the refusal.</summary>
public sealed record BodyLimit(long Bytes)
{
    public static BodyLimit FromMegabytes(long megabytes) => new(megabytes * 1024 * 1024);

    public double Megabytes => Bytes / (1024d * 1024d);

    /// <summary>What a request may carry: the file's limit plus room for the form around it, so a file
    /// just over the limit reaches the upload inspector, which refuses it by name.</summary>
    public long RequestBytes => Bytes + 256 * 1024;
}
