namespace Ballast.Web.Common.Uploads;

/// <summary>How a kind of file is checked inside.</summary>
public enum UploadFormat
{
    Pdf,
    Png,
    Jpeg,
    /// <summary>An Office Open XML package (.docx, .xlsx, .pptx): a zip with [Content_Types].xml and a main part.</summary>
    Ooxml,
    /// <summary>An OFD document (GB/T 33190): a zip with OFD.xml at its root.</summary>
    Ofd,
}
