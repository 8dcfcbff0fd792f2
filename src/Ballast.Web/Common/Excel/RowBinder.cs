using System.Globalization;

namespace Ballast.Web.Common.Excel;

/// <summary>Copies a row's values onto the input model's properties of the same name (the column
/// spec's key is the property's name), so a new field reaches the import through its column spec
/// alone. An empty cell never clears a value; keys that name no property are left to the caller.</summary>
public static class RowBinder
{
    public static void Fill(object target, ParsedRow row, IEnumerable<ColumnSpec> specs)
    {
        foreach (var spec in specs)
        {
            var property = target.GetType().GetProperty(spec.Key);
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
