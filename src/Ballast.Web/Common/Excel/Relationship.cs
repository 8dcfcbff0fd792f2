using System.Security;
using System.Xml;

namespace Ballast.Web.Common.Excel;

/// <summary>One entry of a package's .rels part.</summary>
internal sealed record Relationship(string Id, string Type, string Target)
{
    private const string Ns = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The internal relationships of a .rels part (external links point outside the package).</summary>
    public static List<Relationship> Read(Stream input)
    {
        using var reader = PackageXml.Reader(input);
        var found = new List<Relationship>();
        while (reader.Read())
        {
            if (reader is { NodeType: XmlNodeType.Element, LocalName: "Relationship" }
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Type") is { } type
                && reader.GetAttribute("Target") is { } target && reader.GetAttribute("TargetMode") != "External")
            {
                found.Add(new Relationship(id, type, target));
            }
        }

        return found;
    }

    /// <summary>A target of xl/_rels/workbook.xml.rels as a zip entry name: relative to xl/, or absolute from the root.</summary>
    public static string Resolve(string target)
    {
        var path = Uri.UnescapeDataString(target).Replace('\\', '/');
        var segments = new List<string>(path.StartsWith('/') ? [] : ["xl"]);
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".." && segments.Count > 0)
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment is not ("." or ".."))
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }

    public static string Document(IEnumerable<Relationship> relationships) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{Ns}">"""
        + string.Concat(relationships.Select(r =>
            $"""<Relationship Id="{SecurityElement.Escape(r.Id)}" Type="{SecurityElement.Escape(r.Type)}" Target="{r.Target}"/>"""))
        + "</Relationships>";
}
