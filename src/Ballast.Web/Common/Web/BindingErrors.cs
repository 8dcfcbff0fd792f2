using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using Ballast.Web.Common.Localization;
using Ballast.Web.Common.Validation;

namespace Ballast.Web.Common.Web;

/// <summary>Says which field of a request could not be read and why, for the 400 of a minimal API
/// binding failure (malformed JSON, a date that does not exist, a number too large, an unknown
/// enum name, <c>?year=abc</c>). The field is the camelCase JSON path or the parameter name.</summary>
public static partial class BindingErrors
{
    public static (string Field, string Reason) Describe(BadHttpRequestException bad, HttpContext ctx, Texts t)
    {
        if (bad.InnerException is JsonException json)
        {
            if (!json.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal))
            {
                return ("body", t["请求内容不是有效的 JSON"]);
            }
            var field = json.Path is null or "$" ? "body" : json.Path.TrimStart('$', '.');
            return (field, Reason(TargetType(ctx, json.Path), json.InnerException, t));
        }
        var failure = BindFailure().Match(bad.Message);
        if (failure.Success)
        {
            var type = Type.GetType("System." + failure.Groups["type"].Value.TrimEnd('?'));
            return (failure.Groups["name"].Value, Reason(type, null, t));
        }
        var missing = Missing().Match(bad.Message);
        return missing.Success ? (missing.Groups["name"].Value, t["请填写"]) : ("body", t["请求无效"]);
    }

    private static string Reason(Type? target, Exception? inner, Texts t)
    {
        var type = target is null ? null : Nullable.GetUnderlyingType(target) ?? target;
        return type switch
        {
            _ when type?.IsEnum == true => t["取值不在允许范围内"],
            _ when inner is InvalidOperationException => t["格式不正确"],
            _ when type == typeof(DateOnly) || type == typeof(DateTime) || type == typeof(DateTimeOffset) => t["日期不存在"],
            _ when type == typeof(decimal) || type == typeof(int) || type == typeof(long) || type == typeof(double) => t["数值超出范围"],
            _ => t["格式不正确"],
        };
    }

    /// <summary>The type the JSON path points at, found by walking the endpoint's body model.</summary>
    private static Type? TargetType(HttpContext ctx, string? path)
    {
        var segments = SegmentPattern().Matches(path ?? "").Select(m => m.Value).ToList();
        var models = ctx.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters().Select(p => p.ParameterType).Where(InputRules.IsInput) ?? [];
        foreach (var model in models)
        {
            var type = model;
            foreach (var segment in segments)
            {
                type = segment.StartsWith('[')
                    ? ElementType(type)
                    : type?.GetProperty(segment, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?.PropertyType;
            }
            if (type is not null)
            {
                return type;
            }
        }
        return null;
    }

    private static Type? ElementType(Type? list) =>
        list?.IsArray == true
            ? list.GetElementType()
            : list?.GetInterfaces()
                .Append(list)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
                ?.GetGenericArguments()[0];

    [GeneratedRegex(@"\[\d+\]|[^.\[\]$]+")]
    private static partial Regex SegmentPattern();

    [GeneratedRegex("""Failed to bind parameter "(?<type>\S+) (?<name>\w+)" from""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""Required parameter "\S+ (?<name>\w+)" was not provided""")]
    private static partial Regex Missing();
}
