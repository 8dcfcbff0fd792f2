namespace Ballast.Web.Common.Web;

/// <summary>The largest request body Ballast reads (Limits:MaxRequestBodyMegabytes), named in the refusal.</summary>
public sealed record BodyLimit(long Bytes)
{
    public static BodyLimit FromMegabytes(long megabytes) => new(megabytes * 1024 * 1024);

    public double Megabytes => Bytes / (1024d * 1024d);
}
