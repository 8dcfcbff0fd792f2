using System.Globalization;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Common.Uploads;

/// <summary>Why an upload was refused: a text of <see cref="UploadReasons"/> naming the file ({0}) and what is
/// wrong with it ({1}…). Arguments that are texts of <see cref="UploadReasons"/> are translated too.</summary>
public sealed record UploadRefusal(string Key, string File, params string[] Args)
{
    public string Message(Texts t) => t[Key, [File, .. Args.Select(a => (object)t[a].Value)]].Value;

    /// <summary>The message in Chinese.</summary>
    public override string ToString() => string.Format(CultureInfo.InvariantCulture, Key, [File, .. Args]);
}
