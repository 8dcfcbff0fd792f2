using System.Buffers.Binary;

namespace Ballast.Web.Common.Uploads;

/// <summary>The CRC-32 zip and PNG store with their data (IEEE 802.3 polynomial, reflected), eight bytes
/// a step (slicing-by-8): every inflated byte of every upload passes through it.</summary>
internal struct Crc32
{
    private static readonly uint[][] Tables = Build();

    private uint _value;

    public static Crc32 Start() => new() { _value = 0xFFFFFFFF };

    public readonly uint Value => ~_value;

    public void Add(ReadOnlySpan<byte> bytes)
    {
        var (v, t) = (_value, Tables);
        while (bytes.Length >= 8)
        {
            var low = v ^ BinaryPrimitives.ReadUInt32LittleEndian(bytes);
            var high = BinaryPrimitives.ReadUInt32LittleEndian(bytes[4..]);
            v = t[7][low & 0xFF] ^ t[6][(low >> 8) & 0xFF] ^ t[5][(low >> 16) & 0xFF] ^ t[4][low >> 24]
                ^ t[3][high & 0xFF] ^ t[2][(high >> 8) & 0xFF] ^ t[1][(high >> 16) & 0xFF] ^ t[0][high >> 24];
            bytes = bytes[8..];
        }
        foreach (var b in bytes)
        {
            v = t[0][(v ^ b) & 0xFF] ^ (v >> 8);
        }
        _value = v;
    }

    public static uint Of(ReadOnlySpan<byte> bytes)
    {
        var crc = Start();
        crc.Add(bytes);
        return crc.Value;
    }

    private static uint[][] Build()
    {
        var tables = new uint[8][];
        tables[0] = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            var c = i;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            }
            tables[0][i] = c;
        }
        for (var s = 1; s < 8; s++)
        {
            tables[s] = new uint[256];
            for (var i = 0; i < 256; i++)
            {
                tables[s][i] = (tables[s - 1][i] >> 8) ^ tables[0][tables[s - 1][i] & 0xFF];
            }
        }
        return tables;
    }
}
