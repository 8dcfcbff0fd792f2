namespace Ballast.Web.Common.Uploads;

/// <summary>What an upload is for: each purpose allows its own kinds of file and its own size.</summary>
public enum UploadPurpose
{
    /// <summary>A sheet of projects or monthly figures, read by Ballast itself: .xlsx only.</summary>
    Import,

    /// <summary>A file attached to an indicator submission, kept and opened by reviewers.</summary>
    Evidence,
}
