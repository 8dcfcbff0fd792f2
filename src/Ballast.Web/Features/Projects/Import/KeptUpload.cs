namespace Ballast.Web.Features.Projects.Import;

/// <summary>An uploaded workbook kept between its preview and its commit, in the database so that
/// the commit may reach any instance of Ballast. A staging copy, not a record: not audited (the
/// import's batch and rows are), and dropped a day later.</summary>
public sealed class KeptUpload
{
    public required string Hash { get; set; }
    public required byte[] Content { get; set; }
    /// <summary>UTC; a DateTime so that SQLite can compare it in the clean-up.</summary>
    public DateTime KeptAt { get; set; }
}
