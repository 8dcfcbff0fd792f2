using System.Buffers.Binary;
using System.Text;

namespace Ballast.Web.Common.Uploads;

/// <summary>
/// Reads an archive's layout from its own bytes, trusting no single header: the end record must close the
/// file, the central directory must end where it says, every entry's local header must agree with its
/// directory entry, and the entries must tile the file from its first byte to the directory with no gap and
/// no overlap. That refuses truncated and padded files, polyglots, headers that disagree (readers that pick
/// different ones see different files) and overlapping-entry bombs, before a byte is inflated.
/// </summary>
internal static class ZipLayout
{
    private const uint LocalSig = 0x04034b50;
    private const uint CentralSig = 0x02014b50;
    private const uint EndSig = 0x06054b50;
    private const uint End64Sig = 0x06064b50;
    private const uint Locator64Sig = 0x07064b50;
    private const uint DescriptorSig = 0x08074b50;
    private const uint Max32 = 0xFFFFFFFF;

    public static List<ZipRecord> Read(byte[] zip, int maxEntries)
    {
        var end = FindEnd(zip) ?? throw UploadRefusedException.Damaged(UploadReasons.NoDirectory);
        var (count, cdOffset, cdLimit) = Directory(zip, end);
        if (count > maxEntries)
        {
            throw new UploadRefusedException(UploadReasons.TooManyEntries, maxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        var records = new List<ZipRecord>((int)count);
        var pos = cdOffset;
        for (var i = 0L; i < count; i++)
        {
            records.Add(Central(zip, ref pos));
        }
        if (pos != cdLimit)
        {
            throw Bad();
        }
        Tile(records, cdOffset);
        return records;
    }

    /// <summary>The end record whose comment runs exactly to the end of the file.</summary>
    private static long? FindEnd(byte[] zip)
    {
        for (long i = zip.Length - 22; i >= Math.Max(0, zip.Length - 22 - 0xFFFF); i--)
        {
            if (U32(zip, i) == EndSig && i + 22 + U16(zip, i + 20) == zip.Length)
            {
                return i;
            }
        }
        return null;
    }

    private static (long Count, long Offset, long Limit) Directory(byte[] zip, long end)
    {
        if (U16(zip, end + 4) != 0 || U16(zip, end + 6) != 0 || U16(zip, end + 8) != U16(zip, end + 10))
        {
            throw Bad(); // split across disks
        }
        long count = U16(zip, end + 10), size = U32(zip, end + 12), offset = U32(zip, end + 16), limit = end;
        if (count == 0xFFFF || size == Max32 || offset == Max32)
        {
            var locator = end - 20;
            Need(zip, locator, 20);
            var record = U32(zip, locator) == Locator64Sig ? (long)U64(zip, locator + 8) : -1;
            Need(zip, record, 56);
            if (U32(zip, record) != End64Sig || record + 12 + (long)U64(zip, record + 4) != locator)
            {
                throw Bad();
            }
            (count, size, offset, limit) = ((long)U64(zip, record + 32), (long)U64(zip, record + 40), (long)U64(zip, record + 48), record);
        }
        if (count < 0 || size < 0 || offset < 0 || offset + size != limit)
        {
            throw UploadRefusedException.Damaged(UploadReasons.NoDirectory);
        }
        return (count, offset, limit);
    }

    private static ZipRecord Central(byte[] zip, ref long pos)
    {
        Need(zip, pos, 46);
        if (U32(zip, pos) != CentralSig)
        {
            throw Bad();
        }
        var flags = U16(zip, pos + 8);
        var method = U16(zip, pos + 10);
        var crc = U32(zip, pos + 16);
        long compressed = U32(zip, pos + 20), size = U32(zip, pos + 24), header = U32(zip, pos + 42);
        int nameLength = U16(zip, pos + 28), extraLength = U16(zip, pos + 30), commentLength = U16(zip, pos + 32);
        Need(zip, pos + 46, nameLength + extraLength + commentLength);
        var nameBytes = zip.AsSpan((int)pos + 46, nameLength);
        var zip64 = compressed == Max32 || size == Max32 || header == Max32;
        if (zip64)
        {
            (size, compressed, header) = Zip64(zip.AsSpan((int)pos + 46 + nameLength, extraLength), size, compressed, header);
        }
        pos += 46 + nameLength + extraLength + commentLength;
        if ((flags & 0x41) != 0)
        {
            throw new UploadRefusedException(UploadReasons.Encrypted);
        }
        if (method is not (0 or 8))
        {
            throw new UploadRefusedException(UploadReasons.UnsupportedCompression);
        }
        var (data, end) = Local(zip, header, nameBytes, method, flags, crc, compressed, size);
        return new ZipRecord(Name(nameBytes, flags), method, crc, compressed, size, header, data, end);
    }

    /// <summary>The local header must name the same entry, the same way; the descriptor after the data must agree too.</summary>
    private static (long Data, long End) Local(byte[] zip, long header, ReadOnlySpan<byte> name, int method, int flags, uint crc, long compressed, long size)
    {
        Need(zip, header, 30);
        int nameLength = U16(zip, header + 26), extraLength = U16(zip, header + 28);
        Need(zip, header + 30, nameLength);
        if (U32(zip, header) != LocalSig || U16(zip, header + 8) != method || (U16(zip, header + 6) & 0x41) != 0
            || !zip.AsSpan((int)header + 30, nameLength).SequenceEqual(name))
        {
            throw Bad();
        }
        var data = header + 30 + nameLength + extraLength;
        Need(zip, data, compressed);
        var end = data + compressed;
        if ((flags & 8) == 0)
        {
            var declared = U32(zip, header + 18);
            if (U32(zip, header + 14) != crc || (declared != Max32 && (declared != compressed || U32(zip, header + 22) != size)))
            {
                throw UploadRefusedException.Damaged(UploadReasons.SizeLies);
            }
            return (data, end);
        }
        return (data, Descriptor(zip, end, crc, compressed, size));
    }

    private static long Descriptor(byte[] zip, long at, uint crc, long compressed, long size)
    {
        Need(zip, at, 4);
        var pos = U32(zip, at) == DescriptorSig ? at + 4 : at;
        Need(zip, pos, 12);
        if (U32(zip, pos) != crc)
        {
            throw UploadRefusedException.Damaged(UploadReasons.BadChecksum);
        }
        if (U32(zip, pos + 4) == compressed && U32(zip, pos + 8) == size)
        {
            return pos + 12;
        }
        Need(zip, pos, 20);
        return (long)U64(zip, pos + 4) == compressed && (long)U64(zip, pos + 12) == size ? pos + 20
            : throw UploadRefusedException.Damaged(UploadReasons.SizeLies);
    }

    /// <summary>Sizes and offset that did not fit 32 bits, from the Zip64 extra field, in its fixed order.</summary>
    private static (long Size, long Compressed, long Header) Zip64(ReadOnlySpan<byte> extra, long size, long compressed, long header)
    {
        while (extra.Length >= 4)
        {
            var (tag, length) = (BinaryPrimitives.ReadUInt16LittleEndian(extra), BinaryPrimitives.ReadUInt16LittleEndian(extra[2..]));
            if (length > extra.Length - 4)
            {
                break;
            }
            if (tag == 1)
            {
                var values = new long[] { size, compressed, header };
                var field = extra.Slice(4, length);
                for (var i = 0; i < values.Length; i++)
                {
                    if (values[i] == Max32)
                    {
                        values[i] = field.Length >= 8 ? (long)BinaryPrimitives.ReadUInt64LittleEndian(field) : throw Bad();
                        field = field[8..];
                    }
                }
                return (values[0], values[1], values[2]);
            }
            extra = extra[(4 + length)..];
        }
        throw Bad();
    }

    /// <summary>From byte 0 to the directory, each entry starts where the one before it ends.</summary>
    private static void Tile(List<ZipRecord> records, long directory)
    {
        var expected = 0L;
        foreach (var r in records.OrderBy(r => r.HeaderOffset))
        {
            if (r.HeaderOffset != expected)
            {
                throw UploadRefusedException.Damaged(UploadReasons.Overlapping);
            }
            expected = r.End;
        }
        if (expected != directory)
        {
            throw UploadRefusedException.Damaged(UploadReasons.Overlapping);
        }
    }

    /// <summary>UTF-8 when the entry says so (and then strictly); otherwise bytes as Latin-1, enough to check the name.</summary>
    private static string Name(ReadOnlySpan<byte> bytes, int flags)
    {
        try
        {
            return (flags & 0x800) != 0 ? new UTF8Encoding(false, true).GetString(bytes) : Encoding.Latin1.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw UploadRefusedException.Entry(Encoding.Latin1.GetString(bytes), UploadReasons.UnsafeName);
        }
    }

    private static void Need(byte[] zip, long at, long length)
    {
        if (at < 0 || length < 0 || at + length > zip.Length)
        {
            throw UploadRefusedException.Damaged(UploadReasons.NoDirectory);
        }
    }

    private static UploadRefusedException Bad() => UploadRefusedException.Damaged(UploadReasons.BadStructure);

    private static int U16(byte[] b, long at) => at >= 0 && at + 2 <= b.Length ? BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan((int)at)) : throw Bad();

    private static uint U32(byte[] b, long at) => at >= 0 && at + 4 <= b.Length ? BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan((int)at)) : throw Bad();

    private static ulong U64(byte[] b, long at) => at >= 0 && at + 8 <= b.Length ? BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan((int)at)) : throw Bad();
}
