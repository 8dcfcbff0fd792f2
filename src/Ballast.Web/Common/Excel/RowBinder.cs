using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;

namespace Ballast.Web.Common.Excel;

/// <summary>Copies a row's values onto the input model's properties of the same name (the column
/// spec's key is the property's name), so a new field reaches the import through its column spec
/// alone. An empty cell never clears a value; keys that name no property are left to the caller.</summary>
public static class RowBinder
{
    /// <summary>Looked up once per (model, key): an import binds every row.</summary>
    private static readonly ConcurrentDictionary<(Type Type, string Key), PropertyInfo?> Properties = new();

    public static void Fill(object target, ParsedRow row, IEnumerable<ColumnSpec> specs)
    {
        foreach (var spec in specs)
        {
            var property = Properties.GetOrAdd((target.GetType(), spec.Key), static k => k.Type.GetProperty(k.Key));
            if (property is not { CanWrite: true } || !row.Values.TryGetValue(spec.Key, out var value) || value is null)
            {
                continue;
            }
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            property.SetValue(target, Convert(value, type));
        }
    }

    private static object? Convert(object value, Type type) => value switch
    {
        _ when type.IsInstanceOfType(value) => value,
        string s when type == typeof(bool) => s == "true",
        string s when type.IsEnum => Enum.Parse(type, s),
        _ => System.Convert.ChangeType(value, type, CultureInfo.InvariantCulture),
    };
}
