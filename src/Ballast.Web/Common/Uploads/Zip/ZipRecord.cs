namespace Ballast.Web.Common.Uploads;

/// <summary>One entry of an archive as both its headers agree on it: where its data lies and what it declares.</summary>
internal sealed record ZipRecord(string Name, int Method, uint Crc, long CompressedSize, long Size, long HeaderOffset, long DataOffset, long End)
{
    public bool IsDirectory => Name.EndsWith('/');
}
