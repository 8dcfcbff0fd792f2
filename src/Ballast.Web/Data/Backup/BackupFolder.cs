using System.Globalization;
using Ballast.Web.Common;

namespace Ballast.Web.Data.Backup;

/// <summary>Where backups go (<c>--out</c>, else <c>Backup:Folder</c>, else <c>backups</c> in the data
/// folder) and what they are called: <c>ballast-20230710-090000.db</c>, Beijing time.</summary>
public static class BackupFolder
{
    public static string Resolve(IConfiguration config, string contentRoot, string? requested)
    {
        var folder = !string.IsNullOrWhiteSpace(requested) ? Path.GetFullPath(requested)
            : !string.IsNullOrWhiteSpace(config["Backup:Folder"]) ? Path.GetFullPath(config["Backup:Folder"]!, contentRoot)
            : Path.Combine(DatabaseSetup.DataFolder(config, contentRoot), "backups");
        Directory.CreateDirectory(folder);
        return folder;
    }

    public static string NewFile(string folder, DateTimeOffset now, string extension)
    {
        var stamp = Stamp(now);
        var path = Path.Combine(folder, $"ballast-{stamp}{extension}");
        for (var n = 2; File.Exists(path); n++)
        {
            path = Path.Combine(folder, $"ballast-{stamp}-{n}{extension}");
        }
        return path;
    }

    public static string Stamp(DateTimeOffset now) => now.ToOffset(CityTime.Offset).ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
}
