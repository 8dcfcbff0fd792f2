namespace Ballast.Tests.Security.HostileFiles;

/// <summary>CRC-32 (IEEE), as zip and PNG store it: to build files whose checksums are right, or deliberately wrong.</summary>
internal static class TestCrc
{
    private static readonly uint[] Table = [.. Enumerable.Range(0, 256).Select(i =>
    {
        var c = (uint)i;
        for (var k = 0; k < 8; k++)
        {
            c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
        }
        return c;
    })];

    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var v = 0xFFFFFFFF;
        foreach (var b in bytes)
        {
            v = Table[(v ^ b) & 0xFF] ^ (v >> 8);
        }
        return ~v;
    }
}
