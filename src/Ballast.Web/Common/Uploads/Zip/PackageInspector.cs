using System.Globalization;

namespace Ballast.Web.Common.Uploads;

/// <summary>
/// Checks a zip-based document (Office Open XML or OFD) entry by entry: the layout, every name, the sizes
/// declared and then the bytes actually inflated, every XML part, and what may not be inside at all —
/// macros, OLE objects, packages nested past one level, archives anywhere but an object's embedding —; then
/// that the parts a reader needs are there and the main part is of the kind the extension claims.
/// </summary>
internal sealed class PackageInspector(byte[] zip, UploadLimits limits, InflateCounter counter, int depth)
{
    private readonly PackageParts _parts = new();

    /// <param name="kind">What the file claims to be; null for a package embedded in another, which may be any Office kind.</param>
    public static void Inspect(byte[] zip, UploadKind? kind, UploadLimits limits, InflateCounter counter, int depth = 0)
    {
        var inspector = new PackageInspector(zip, limits, counter, depth);
        var records = ZipLayout.Read(zip, limits.MaxEntries);
        inspector.Screen(records);
        foreach (var r in records.Where(r => !r.IsDirectory))
        {
            inspector.Read(r);
        }
        if (kind?.Format == UploadFormat.Ofd)
        {
            inspector.CheckOfd(records);
        }
        else
        {
            inspector.CheckOffice(records, kind);
        }
    }

    /// <summary>What the directory alone gives away: unsafe or repeated names, macros by name, bombs by their declared sizes.</summary>
    private void Screen(List<ZipRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var declared = 0L;
        foreach (var r in records)
        {
            if (!EntryNames.IsSafe(r.Name))
            {
                throw UploadRefusedException.Entry(r.Name, UploadReasons.UnsafeName);
            }
            if (!seen.Add(EntryNames.Key(r.Name)))
            {
                throw UploadRefusedException.Entry(r.Name, UploadReasons.DuplicateName);
            }
            if (EntryNames.IsMacro(r.Name))
            {
                throw UploadRefusedException.Entry(r.Name, UploadReasons.Macro);
            }
            if (r.IsDirectory && r.Size != 0)
            {
                throw UploadRefusedException.Entry(r.Name, UploadReasons.SizeLies);
            }
            if (r.Size > limits.RatioFloorBytes && r.Size > Math.Max(1, r.CompressedSize) * limits.MaxCompressionRatio)
            {
                throw UploadRefusedException.Entry(r.Name, UploadReasons.HighRatio);
            }
            declared += r.Size;
            if (declared > limits.MaxInflatedBytes - counter.Used)
            {
                throw new UploadRefusedException(UploadReasons.InflatesTooFar, Megabytes(limits.MaxInflatedBytes));
            }
        }
    }

    private void Read(ZipRecord r)
    {
        using var entry = new EntryStream(zip, r, counter, limits);
        if (EntryNames.IsXml(r.Name))
        {
            XmlPartCheck.Read(entry, r.Name, _parts, limits.MaxInflatedBytes);
            entry.Drain();
            return;
        }
        var head = new byte[8];
        var n = entry.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
        if (head.AsSpan(0, n).StartsWith(ContentSniffer.Zip))
        {
            Nested(r, entry, head);
        }
        else if (head.AsSpan(0, n).StartsWith(ContentSniffer.Cfb))
        {
            throw UploadRefusedException.Entry(r.Name, UploadReasons.OleObject);
        }
        entry.Drain();
    }

    /// <summary>An object's package (a chart's workbook in a Word file) is checked as a document of its own, within the same budget.</summary>
    private void Nested(ZipRecord r, EntryStream entry, byte[] head)
    {
        if (!EntryNames.IsEmbedding(r.Name))
        {
            throw UploadRefusedException.Entry(r.Name, UploadReasons.NestedArchive);
        }
        if (depth >= limits.MaxNesting)
        {
            throw UploadRefusedException.Entry(r.Name, UploadReasons.NestedTooDeep);
        }
        if (r.Size > limits.MaxBytes)
        {
            throw UploadRefusedException.Entry(r.Name, UploadReasons.HighRatio);
        }
        using var inner = new MemoryStream((int)r.Size);
        inner.Write(head);
        entry.CopyTo(inner);
        try
        {
            Inspect(inner.ToArray(), null, limits, counter, depth + 1);
        }
        catch (UploadRefusedException e) when (e.Key == UploadReasons.EntryProblem)
        {
            throw UploadRefusedException.Entry(r.Name + "/" + e.Args[0], e.Args[1]);
        }
        catch (UploadRefusedException e)
        {
            throw UploadRefusedException.Entry(r.Name, e.Args.Count > 0 && e.Key == UploadReasons.Damaged ? e.Args[0] : UploadReasons.BadStructure);
        }
    }

    private void CheckOffice(List<ZipRecord> records, UploadKind? kind)
    {
        var label = kind?.Label ?? UploadReasons.OfficePackage;
        Require(records, "[Content_Types].xml", label);
        Require(records, "_rels/.rels", label);
        foreach (var r in records.Where(r => !r.IsDirectory))
        {
            var type = _parts.TypeOf(r.Name) ?? "";
            if (type.Contains("vbaProject", StringComparison.OrdinalIgnoreCase) || type.Contains("activeX", StringComparison.OrdinalIgnoreCase))
            {
                throw UploadRefusedException.Entry(r.Name, UploadReasons.Macro);
            }
            if (type.EndsWith(".externalLink+xml", StringComparison.OrdinalIgnoreCase))
            {
                throw UploadRefusedException.Entry(r.Name, UploadReasons.ExternalReference);
            }
        }
        var main = _parts.MainPart ?? throw new UploadRefusedException(UploadReasons.MissingPart, "officeDocument", label);
        Require(records, main, label);
        var mainType = _parts.TypeOf(main);
        if (kind is not null ? mainType == kind.MainPartType : UploadKinds.OfficeKinds.Any(k => k.MainPartType == mainType))
        {
            return;
        }
        var actual = UploadKinds.OfficeKinds.FirstOrDefault(k => k.MainPartType == mainType)?.Label
            ?? (mainType?.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) == true ? UploadReasons.MacroEnabled : UploadReasons.OfficeOther);
        throw new UploadRefusedException(UploadReasons.WrongOfficeType, actual, label);
    }

    private void CheckOfd(List<ZipRecord> records)
    {
        Require(records, "OFD.xml", UploadKinds.Ofd.Label);
        if (_parts.OfdRoot != "OFD")
        {
            throw UploadRefusedException.Entry("OFD.xml", UploadReasons.InvalidXml);
        }
    }

    private static void Require(List<ZipRecord> records, string part, string label)
    {
        if (!records.Any(r => string.Equals(r.Name, part, StringComparison.OrdinalIgnoreCase)))
        {
            throw new UploadRefusedException(UploadReasons.MissingPart, part, label);
        }
    }

    private static string Megabytes(long bytes) => (bytes / (1024 * 1024)).ToString(CultureInfo.InvariantCulture);
}
