using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Common.Validation;

/// <summary>The rules every input model obeys, whichever channel it came through: its data
/// annotations, then what annotations cannot say for every field at once — enums within their
/// values, text without hidden controls and within a length, dates and years the programme can
/// mean, numbers below a plausible maximum. Messages come back in the user's language, keyed by
/// property name (nested as <c>Entries[0].Completed</c>).</summary>
public static class InputRules
{
    public static List<(string Field, string Message)> Validate(object input, Texts t) => Walk(input, "", t, annotations: true, depth: 0);

    /// <summary>Only the rules every field obeys, not the annotations: for the API's front door, where
    /// the record's own save path still runs its annotations with its other checks.</summary>
    public static List<(string Field, string Message)> Screen(object input, Texts t) => Walk(input, "", t, annotations: false, depth: 0);

    /// <summary>The first rule a single value breaks (a property or a query parameter), or null. The
    /// field's label is looked up only for a broken rule: an import checks every field of every row.</summary>
    public static string? Check(string name, ICustomAttributeProvider attributes, object? value, Texts t) => value switch
    {
        string s when s.Any(Plausible.IsHiddenControl) => t["「{0}」不能含有控制字符", Label(name, attributes, t)],
        string s when s.Length > Plausible.MaxText && !Has<StringLengthAttribute>(attributes) && !Has<MaxLengthAttribute>(attributes)
            => t["「{0}」不超过{1}字", Label(name, attributes, t), Plausible.MaxText],
        Enum e when !e.GetType().IsDefined(typeof(FlagsAttribute)) && !Enum.IsDefined(e.GetType(), e) => t["「{0}」取值不在允许范围内", Label(name, attributes, t)],
        DateOnly d when !Plausible.IsYear(d.Year) => Years(Label(name, attributes, t), t),
        DateTime d when !Plausible.IsYear(d.Year) => Years(Label(name, attributes, t), t),
        DateTimeOffset d when !Plausible.IsYear(d.Year) => Years(Label(name, attributes, t), t),
        decimal m when Math.Abs(m) > Plausible.MaxNumber && !Has<RangeAttribute>(attributes) => t["「{0}」数值超出范围", Label(name, attributes, t)],
        double m when (double.IsNaN(m) || Math.Abs(m) > (double)Plausible.MaxNumber) && !Has<RangeAttribute>(attributes) =>
            t["「{0}」数值超出范围", Label(name, attributes, t)],
        int n => Named(name, n, attributes, t),
        _ => null,
    };

    /// <summary>Integers named year, month or page mean the same thing everywhere.</summary>
    private static string? Named(string name, int n, ICustomAttributeProvider attributes, Texts t) => name.ToUpperInvariant() switch
    {
        "YEAR" when !Plausible.IsYear(n) => Years(Label(name, attributes, t), t),
        "MONTH" when n is < 1 or > 12 => t["「{0}」须为1至12月", Label(name, attributes, t)],
        "PAGE" or "PAGENUMBER" when n is < 1 or > 100_000 => t["「{0}」须为正整数", Label(name, attributes, t)],
        _ => null,
    };

    private static string Years(string label, Texts t) => t["「{0}」须在{1}年至{2}年之间", label, Plausible.FirstYear, Plausible.LastYear];

    /// <summary>The field's name as the form shows it (<see cref="DisplayAttribute"/>), else its code name.</summary>
    public static string Label(string name, ICustomAttributeProvider attributes, Texts t) =>
        attributes.GetCustomAttributes(typeof(DisplayAttribute), true).OfType<DisplayAttribute>().FirstOrDefault()?.Name is { } display
            ? t[display].Value : name;

    private static bool Has<T>(ICustomAttributeProvider attributes) => attributes.IsDefined(typeof(T), true);

    private static List<(string, string)> Walk(object input, string prefix, Texts t, bool annotations, int depth)
    {
        var results = new List<ValidationResult>();
        if (annotations)
        {
            Validator.TryValidateObject(input, new ValidationContext(input), results, validateAllProperties: true);
        }
        var errors = results.SelectMany(r => r.MemberNames.DefaultIfEmpty("").Select(m => (prefix + m, t[r.ErrorMessage ?? ""].Value))).ToList();
        foreach (var p in Properties(input.GetType()))
        {
            var value = p.GetValue(input);
            if (Check(p.Name, p, value, t) is { } message)
            {
                errors.Add((prefix + p.Name, message));
            }
            else if (depth < 3)
            {
                errors.AddRange(Nested(value, prefix + p.Name, t, annotations, depth + 1));
            }
        }
        return errors;
    }

    private static IEnumerable<(string, string)> Nested(object? value, string field, Texts t, bool annotations, int depth) => value switch
    {
        _ when value is null || !IsInput(value.GetType()) && value is not IEnumerable || value is string => [],
        IEnumerable items => items.Cast<object?>().SelectMany((item, i) => item is not null && IsInput(item.GetType())
            ? Walk(item, $"{field}[{i}].", t, annotations, depth) : Check($"{field}[{i}]", NoAttributes, item, t) is { } m ? [($"{field}[{i}]", m)] : []),
        _ => Walk(value, field + ".", t, annotations, depth),
    };

    private static readonly ICustomAttributeProvider NoAttributes = typeof(object);

    /// <summary>Ballast's own models (inputs, records); services and framework types are not walked.</summary>
    public static bool IsInput(Type type) =>
        type.IsClass && type != typeof(string) && type.Namespace?.StartsWith("Ballast.Web", StringComparison.Ordinal) == true;

    /// <summary>Read once per type: every API request walks its input.</summary>
    public static IReadOnlyList<PropertyInfo> Properties(Type type) => PropertyCache.GetOrAdd(type, static t =>
        [.. t.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanRead && p.GetIndexParameters().Length == 0)]);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo[]> PropertyCache = new();
}
