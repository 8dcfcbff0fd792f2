namespace Ballast.Web.Common.Uploads;

/// <summary>An entry's name must stay inside the package whatever tool extracts it: relative, forward
/// slashes only (OPC part names never hold a backslash), no . or .. segments, no drive or stream colon,
/// no control or direction characters, no empty segments.</summary>
internal static class EntryNames
{
    public static bool IsSafe(string name)
    {
        if (name.Length is 0 or > 512 || name[0] == '/' || name.Any(c => c is '\\' or ':' || UploadNames.IsUnsafe(c)))
        {
            return false;
        }
        var segments = (name.EndsWith('/') ? name[..^1] : name).Split('/');
        return segments.All(s => s.Length > 0 && s is not ("." or ".."));
    }

    /// <summary>OPC compares part names without regard to case: two names differing only in case are one part twice.</summary>
    public static string Key(string name) => name.TrimEnd('/').ToUpperInvariant();

    public static bool IsXml(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    /// <summary>Where Office keeps the packages an object embeds (a chart's workbook): the only place a package may nest.</summary>
    public static bool IsEmbedding(string name) => name.Split('/').SkipLast(1).Any(s => s.Equals("embeddings", StringComparison.OrdinalIgnoreCase));

    /// <summary>Macro projects and ActiveX controls, by the names Office gives them.</summary>
    public static bool IsMacro(string name)
    {
        var file = name[(name.LastIndexOf('/') + 1)..];
        return file.StartsWith("vbaProject", StringComparison.OrdinalIgnoreCase) || file.StartsWith("vbaData", StringComparison.OrdinalIgnoreCase)
            || name.Split('/').Any(s => s.Equals("activeX", StringComparison.OrdinalIgnoreCase));
    }
}
