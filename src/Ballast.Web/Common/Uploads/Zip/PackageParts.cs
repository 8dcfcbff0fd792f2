namespace Ballast.Web.Common.Uploads;

/// <summary>What a package's XML says about it, gathered while its parts are read: the content types, the
/// main part the package relationships name, and the root element of an OFD's OFD.xml.</summary>
internal sealed class PackageParts
{
    public Dictionary<string, string> Defaults { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, string> Overrides { get; } = new(StringComparer.OrdinalIgnoreCase);
    public string? MainPart { get; set; }
    public string? OfdRoot { get; set; }

    public string? TypeOf(string part) =>
        Overrides.TryGetValue(part, out var type) ? type : Defaults.GetValueOrDefault(Path.GetExtension(part).TrimStart('.'));
}
