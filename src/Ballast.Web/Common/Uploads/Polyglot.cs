namespace Ballast.Web.Common.Uploads;

/// <summary>A zip is read from its end record, which may sit in the last 64 KB of any file: a PDF or an
/// image carrying one is two files in one, and a tool that opens it as a zip sees another file.</summary>
internal static class Polyglot
{
    public static void Check(byte[] file)
    {
        var tail = file.AsSpan(Math.Max(0, file.Length - 22 - 0xFFFF));
        if (tail.IndexOf("PK\x05\x06"u8) >= 0)
        {
            throw new UploadRefusedException(UploadReasons.Polyglot);
        }
    }
}
