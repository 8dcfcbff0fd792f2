namespace Ballast.Web.Features.Programme;

/// <summary>How much evidence a submission holds. What a file may be — its kinds (PDF, OFD, DOCX, XLSX,
/// PPTX, JPG, PNG), its size (10 MB) and what is checked inside it — is the upload inspector's
/// (<see cref="Common.Uploads.UploadInspector"/>, purpose Evidence).</summary>
public static class EvidenceRules
{
    public const int MaxFilesPerSubmission = 20;
}
