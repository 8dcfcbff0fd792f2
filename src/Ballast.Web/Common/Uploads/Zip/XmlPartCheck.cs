using System.Text;
using System.Xml;

namespace Ballast.Web.Common.Uploads;

/// <summary>
/// Reads one XML part of a package to its end, streaming, with DTDs prohibited and no resolver (OPC forbids
/// DTDs in package XML, and a DTD is how XXE and billion-laughs files work). On the way it notes what the
/// package checks need and refuses parts that reach outside the file: external relationships other than
/// hyperlinks (remote templates, linked objects and pictures), DDE fields and DDE links.
/// </summary>
internal static class XmlPartCheck
{
    private const int MaxFieldCode = 4096;

    public static void Read(Stream part, string name, PackageParts parts, long maxChars)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = maxChars, CloseInput = false,
            IgnoreComments = true, IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(part, settings);
            var field = (StringBuilder?)null;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    Element(reader, name, parts, ref field);
                }
                else if (reader.NodeType == XmlNodeType.Text && field is not null && field.Length < MaxFieldCode)
                {
                    field.Append(reader.Value.AsSpan(0, Math.Min(reader.Value.Length, MaxFieldCode)));
                }
            }
            CheckField(field, name);
        }
        catch (XmlException e)
        {
            throw UploadRefusedException.Entry(name, e.Message.Contains("DTD", StringComparison.Ordinal) ? UploadReasons.HasDtd : UploadReasons.InvalidXml);
        }
    }

    private static void Element(XmlReader reader, string name, PackageParts parts, ref StringBuilder? field)
    {
        if (reader.Depth == 0 && name == "OFD.xml")
        {
            parts.OfdRoot = reader.LocalName;
        }
        switch (reader.LocalName)
        {
            case "Default" when name == "[Content_Types].xml":
                parts.Defaults[reader.GetAttribute("Extension") ?? ""] = reader.GetAttribute("ContentType") ?? "";
                break;
            case "Override" when name == "[Content_Types].xml":
                parts.Overrides[(reader.GetAttribute("PartName") ?? "").TrimStart('/')] = reader.GetAttribute("ContentType") ?? "";
                break;
            case "Relationship" when name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase):
                Relationship(reader, name, parts);
                break;
            case "ddeLink":
                throw UploadRefusedException.Entry(name, UploadReasons.DdeField);
            case "fldSimple":
                CheckField(new StringBuilder(reader.GetAttribute("instr", reader.NamespaceURI) ?? reader.GetAttribute("instr") ?? ""), name);
                break;
            case "fldChar":
                // A field's code may be split over many runs: it is judged whole, at its separator or end.
                var type = reader.GetAttribute("fldCharType", reader.NamespaceURI);
                CheckField(field, name);
                field = type == "begin" ? new StringBuilder() : null;
                break;
        }
    }

    private static void Relationship(XmlReader reader, string name, PackageParts parts)
    {
        var type = reader.GetAttribute("Type") ?? "";
        var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
        if (external && !type.EndsWith("/hyperlink", StringComparison.Ordinal))
        {
            throw UploadRefusedException.Entry(name, UploadReasons.ExternalReference);
        }
        if (name == "_rels/.rels" && type.EndsWith("/officeDocument", StringComparison.Ordinal))
        {
            parts.MainPart ??= (reader.GetAttribute("Target") ?? "").TrimStart('/');
        }
    }

    /// <summary>DDE and DDEAUTO fields run a program when the document updates its fields.</summary>
    private static void CheckField(StringBuilder? code, string name)
    {
        if (code is not null && code.ToString().TrimStart().StartsWith("DDE", StringComparison.OrdinalIgnoreCase))
        {
            throw UploadRefusedException.Entry(name, UploadReasons.DdeField);
        }
    }
}
