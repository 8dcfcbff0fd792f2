namespace Ballast.Web.Data.Generate;

/// <summary>What a run wrote, by kind of record. Each record also wrote one audit entry.</summary>
public sealed class GeneratedCounts
{
    public long Projects { get; set; }
    public long StageChanges { get; set; }
    public long KeyProjects { get; set; }
    public long MonthlyReports { get; set; }
    public long Problems { get; set; }
    public long LandingEntries { get; set; }
    public TimeSpan Elapsed { get; set; }
    /// <summary>The part of <see cref="Elapsed"/> spent in SaveChanges: the writes, their audit entries, the commits.</summary>
    public TimeSpan Saving { get; set; }

    public long Rows => Projects + StageChanges + KeyProjects + MonthlyReports + Problems + LandingEntries;

    public double RowsPerSecond => Elapsed > TimeSpan.Zero ? Rows / Elapsed.TotalSeconds : 0;

    public string Summary() => string.Join('\n',
        FormattableString.Invariant($"done in {Elapsed.TotalSeconds:N1} s: {Rows:N0} rows and as many audit entries, {RowsPerSecond:N0} rows/s"),
        FormattableString.Invariant($"  {Projects:N0} projects, {StageChanges:N0} stage changes, {KeyProjects:N0} key-project years,"),
        FormattableString.Invariant($"  {MonthlyReports:N0} monthly reports, {Problems:N0} problems, {LandingEntries:N0} landing-list entries"),
        FormattableString.Invariant($"  {Saving.TotalSeconds:N1} s of the time in SaveChanges (the writes, their audit entries, the commits)"));
}
