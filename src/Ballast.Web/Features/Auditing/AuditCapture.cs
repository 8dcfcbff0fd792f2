using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Ballast.Web.Features.Auditing;

/// <summary>Reads what a SaveChanges is about to do and turns it into audit entries once the
/// database has assigned keys.</summary>
public static class AuditCapture
{
    /// <summary>Columns whose values never go into the trail.</summary>
    private static readonly HashSet<string> Masked =
        new(StringComparer.Ordinal) { "PasswordHash", "SecurityStamp", "ConcurrencyStamp" };

    /// <summary>A secret by name, or the value of an Identity token row (the authenticator key and the
    /// recovery codes live there): the trail says that it changed, never what it is.</summary>
    private static bool IsSecret(IReadOnlyProperty p) =>
        Masked.Contains(p.Name) || (p.Name == "Value" && p.DeclaringType.ClrType is { IsGenericType: true } t
            && t.GetGenericTypeDefinition() == typeof(IdentityUserToken<>));

    private static (string Name, object? Value) Shown(IReadOnlyProperty p, object? value) => (p.Name, IsSecret(p) ? "***" : value);

    public static readonly JsonSerializerOptions Json = new()
    {
        // Chinese stays readable in the trail.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A change seen before the save; <see cref="Changed"/> lists the columns an update touched.</summary>
    public sealed record Pending(EntityEntry? Entry, string Action, string EntityType, string? Before, string? Key,
        string? After, IReadOnlyList<string>? Changed = null);

    public static List<Pending> Capture(ChangeTracker tracker, Func<Type, bool> isAudited)
    {
        var pending = new List<Pending>();
        foreach (var entry in tracker.Entries())
        {
            if (!isAudited(entry.Entity.GetType()))
            {
                continue;
            }
            var name = entry.Metadata.ClrType.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    pending.Add(new Pending(entry, AuditActions.Create, name, null, null, null));
                    break;
                case EntityState.Modified:
                    var changed = entry.Properties.Where(p => p.IsModified && !Equals(p.OriginalValue, p.CurrentValue)).ToList();
                    if (changed.Count == 0)
                    {
                        continue;
                    }
                    pending.Add(new Pending(entry, AuditActions.Update, name,
                        Serialize(changed.Select(p => Shown(p.Metadata, p.OriginalValue))), KeyOf(entry), null,
                        [.. changed.Select(p => p.Metadata.Name)]));
                    break;
                case EntityState.Deleted:
                    pending.Add(new Pending(null, AuditActions.Delete, name,
                        Serialize(entry.Properties.Select(p => Shown(p.Metadata, p.OriginalValue))), KeyOf(entry), null));
                    break;
                default:
                    break;
            }
        }
        return pending;
    }

    /// <summary>After the save: keys are known, so the "after" side can be written.</summary>
    public static (string Key, string? After) Complete(Pending p)
    {
        if (p.Entry is null)
        {
            return (p.Key!, p.After);
        }
        var entry = p.Entry;
        var props = p.Action == AuditActions.Create
            ? entry.Properties
            : entry.Properties.Where(x => p.Changed!.Contains(x.Metadata.Name));
        return (KeyOf(entry), Serialize(props.Select(x => Shown(x.Metadata, x.CurrentValue))));
    }

    public static string KeyOf(EntityEntry entry)
    {
        var key = entry.Metadata.FindPrimaryKey();
        return key is null ? "" : string.Join(',', key.Properties.Select(p =>
            Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    public static string Serialize(IEnumerable<(string Name, object? Value)> values)
    {
        var map = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
        {
            // File contents are summarised: the trail proves which bytes were stored without copying them.
            map[name] = Masked.Contains(name) ? "***"
                : value is byte[] bytes ? $"{bytes.Length} bytes, sha256 {Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}"
                : value;
        }
        return JsonSerializer.Serialize(map, Json);
    }
}
