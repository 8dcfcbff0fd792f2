using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Ballast.Tests.Security.HostileFiles;

/// <summary>Writes a zip byte by byte, so that any header field can say what an attacker wants it to say.</summary>
internal static class RawZip
{
    public sealed record Entry(string Name, byte[] Data, bool Deflate = true)
    {
        public uint? LocalSize { get; init; }
        public uint? CentralSize { get; init; }
        public uint? Crc { get; init; }
        public ushort Flags { get; init; }
        public ushort? Method { get; init; }
        /// <summary>Where the directory says the entry starts, when not where it was written.</summary>
        public long? Offset { get; init; }
        /// <summary>Only a directory entry, pointing at <see cref="Offset"/>: a second name for bytes another entry holds.</summary>
        public bool CentralOnly { get; init; }
    }

    public static Entry Text(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    public static byte[] Write(IEnumerable<Entry> entries, string comment = "")
    {
        using var output = new MemoryStream();
        var central = new MemoryStream();
        var count = 0;
        foreach (var e in entries)
        {
            var name = Encoding.UTF8.GetBytes(e.Name);
            var data = e.Deflate ? Deflate(e.Data) : e.Data;
            var crc = e.Crc ?? TestCrc.Of(e.Data);
            var method = e.Method ?? (ushort)(e.Deflate ? 8 : 0);
            var offset = output.Position;
            if (!e.CentralOnly)
            {
                Header(output, 0x04034b50, e.Flags, method, crc, (uint)data.Length, e.LocalSize ?? (uint)e.Data.Length, name, central: false, 0);
                output.Write(data);
            }
            Header(central, 0x02014b50, e.Flags, method, crc, (uint)data.Length, e.CentralSize ?? (uint)e.Data.Length, name, central: true,
                (uint)(e.Offset ?? offset));
            count++;
        }
        var directory = output.Position;
        central.Position = 0;
        central.CopyTo(output);
        var end = new byte[22];
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(8), (ushort)count);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(10), (ushort)count);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(12), (uint)central.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)directory);
        var commentBytes = Encoding.ASCII.GetBytes(comment);
        BinaryPrimitives.WriteUInt16LittleEndian(end.AsSpan(20), (ushort)commentBytes.Length);
        output.Write(end);
        output.Write(commentBytes);
        return output.ToArray();
    }

    public static byte[] Deflate(byte[] data)
    {
        using var output = new MemoryStream();
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(data);
        }
        return output.ToArray();
    }

    private static void Header(Stream s, uint signature, ushort flags, ushort method, uint crc, uint compressed, uint size, byte[] name, bool central,
        uint offset)
    {
        var h = new byte[central ? 46 : 30];
        BinaryPrimitives.WriteUInt32LittleEndian(h, signature);
        var at = central ? 6 : 4; // the central header has "version made by" first
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(at), 20);
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(at + 2), (ushort)(flags | 0x800));
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(at + 4), method);
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(at + 8), 0x21); // 1980-01-01
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(at + 10), crc);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(at + 14), compressed);
        BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(at + 18), size);
        BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(at + 22), (ushort)name.Length);
        if (central)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(h.AsSpan(4), 20);
            BinaryPrimitives.WriteUInt32LittleEndian(h.AsSpan(42), offset);
        }
        s.Write(h);
        s.Write(name);
    }
}
