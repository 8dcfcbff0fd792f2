using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Ballast.Tests.Excel;

/// <summary>Valid workbooks with something hostile added, as attackers and broken tools send them.</summary>
internal static class HostileZips
{
    public static MemoryStream Workbook() => Xlsx.Build(["项目名称", "总投资"], ["甲", 1d]);

    /// <summary>A valid workbook plus entries written by <paramref name="add"/>.</summary>
    public static MemoryStream With(Action<ZipArchive> add)
    {
        var stream = Workbook();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            add(zip);
        }

        stream.Position = 0;
        return stream;
    }

    public static void Add(ZipArchive zip, string name, int zeros = 1)
    {
        using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        entry.Write(new byte[zeros]);
    }

    /// <summary>Claims <paramref name="declared"/> bytes for <paramref name="name"/> in both headers; the data inflates to more.</summary>
    public static byte[] LieAboutSize(MemoryStream zip, string name, uint declared)
    {
        var bytes = zip.ToArray();
        var encoded = Encoding.UTF8.GetBytes(name);
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            var (sizeAt, nameAt) = signature switch { 0x04034b50 => (22, 30), 0x02014b50 => (24, 46), _ => (0, 0) };
            if (sizeAt > 0 && bytes.AsSpan(i + nameAt).StartsWith(encoded))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + sizeAt), declared);
            }
        }

        return bytes;
    }
}
