namespace Ballast.Web.Common.Uploads;

/// <summary>Every byte inflated from one upload, across its entries and any package nested in it.</summary>
internal sealed class InflateCounter(long max)
{
    public long Used { get; private set; }

    public void Take(int bytes)
    {
        Used += bytes;
        if (Used > max)
        {
            throw new UploadRefusedException(UploadReasons.InflatesTooFar, (max / (1024 * 1024)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
