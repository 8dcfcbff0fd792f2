namespace Ballast.Web.Common.Uploads;

/// <summary>Thrown from deep inside a check (an XML part half read, an entry half inflated) to stop at once;
/// the inspector turns it into the refusal, adding the file's name.</summary>
internal sealed class UploadRefusedException(string key, params string[] args) : Exception(key)
{
    public string Key { get; } = key;
    public IReadOnlyList<string> Args { get; } = args;

    /// <summary>A problem with one entry of an archive.</summary>
    public static UploadRefusedException Entry(string entry, string problem) =>
        new(UploadReasons.EntryProblem, UploadNames.ForMessage(entry), problem);

    public static UploadRefusedException Damaged(string problem) => new(UploadReasons.Damaged, problem);
}
