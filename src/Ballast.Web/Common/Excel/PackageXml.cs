using System.Text;
using System.Xml;

namespace Ballast.Web.Common.Excel;

/// <summary>Streams one XML part into the rebuilt package: well-formed, DTD-free UTF-8, sheets given full cell addresses.</summary>
internal static class PackageXml
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
    };

    private static readonly XmlWriterSettings WriterSettings = new() { Encoding = new UTF8Encoding(false), CloseOutput = true };

    public static XmlReader Reader(Stream input) => XmlReader.Create(input, ReaderSettings);

    /// <returns>For a sheet, how many rows hold a value (at most the rows a reader will see); 0 otherwise.</returns>
    public static int Copy(Stream input, Stream output, bool isSheet)
    {
        using var reader = Reader(input);
        using var writer = XmlWriter.Create(output, WriterSettings);
        var addresses = isSheet ? new SheetAddresses() : null;
        var rows = 0;
        var counted = false;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                // A stale <dimension> can be narrower than the cells; without one MiniExcel measures the rows itself.
                case XmlNodeType.Element when isSheet && reader is { LocalName: "dimension", IsEmptyElement: true }:
                    break;
                case XmlNodeType.Element:
                    if (isSheet && reader.LocalName == "row")
                    {
                        counted = false;
                    }
                    else if (isSheet && !counted && reader.LocalName is "v" or "is")
                    {
                        counted = true;
                        rows++;
                    }

                    var empty = reader.IsEmptyElement;
                    writer.WriteStartElement(reader.Prefix, reader.LocalName, reader.NamespaceURI);
                    CopyAttributes(reader, writer, addresses?.Enter(reader));
                    if (empty)
                    {
                        writer.WriteEndElement();
                        addresses?.Leave(reader);
                    }

                    break;
                case XmlNodeType.EndElement:
                    writer.WriteFullEndElement();
                    addresses?.Leave(reader);
                    break;
                case XmlNodeType.Text:
                    writer.WriteString(reader.Value);
                    break;
                case XmlNodeType.CDATA:
                    writer.WriteCData(reader.Value);
                    break;
                case XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    writer.WriteWhitespace(reader.Value);
                    break;
            }
        }

        return rows;
    }

    /// <param name="address">The r to write for a row or cell; its own r, if any, is dropped.</param>
    private static void CopyAttributes(XmlReader reader, XmlWriter writer, string? address)
    {
        if (reader.MoveToFirstAttribute())
        {
            do
            {
                if (address is null || reader.LocalName != "r" || reader.NamespaceURI.Length > 0)
                {
                    writer.WriteAttributeString(reader.Prefix, reader.LocalName, reader.NamespaceURI, reader.Value);
                }
            }
            while (reader.MoveToNextAttribute());

            reader.MoveToElement();
        }

        if (address is not null)
        {
            writer.WriteAttributeString("r", address);
        }
    }
}
