using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Common.Web;

/// <summary>A save refused because the record changed since the user read it: which record, its
/// version now, and the fields where the stored values differ from the user's. The same for the
/// API's 409 and the pages' alert, so both tell the user the same thing.</summary>
public sealed record VersionConflict(string Record, int? Current, IReadOnlyList<FieldDifference> Fields)
{
    public static async Task<VersionConflict> FromAsync(DbUpdateConcurrencyException exception, CancellationToken ct = default)
    {
        var entry = exception.Entries[0];
        var stored = await entry.GetDatabaseValuesAsync(ct);
        var mine = entry.CurrentValues;
        var fields = stored is null ? [] : mine.Properties
            .Where(p => p.Name != nameof(IVersioned.Version) && !Equals(mine[p], stored[p]))
            .Select(p => new FieldDifference(p.Name, Text(mine[p]), Text(stored[p]))).ToList();
        var current = stored?.Properties.FirstOrDefault(p => p.Name == nameof(IVersioned.Version)) is { } v ? (int?)stored[v] : null;
        return new VersionConflict(entry.Metadata.ClrType.Name, current, fields);
    }

    /// <summary>Only the fields the form shows, named by the form's labels (the input's Display names).</summary>
    public VersionConflict For<TInput>() => this with
    {
        Fields = [.. Fields.Select(f => (Field: f, Property: typeof(TInput).GetProperty(f.Field)))
            .Where(x => x.Property is not null)
            .Select(x => x.Field with { Field = x.Property!.GetCustomAttribute<DisplayAttribute>()?.Name ?? x.Field.Field })],
    };

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTimeOffset at => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        DateOnly on => on.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal d => d.ToString("0.####", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
