using System.Reflection;
using Ballast.Web.Common.Localization;

namespace Ballast.Web.Common.Validation;

/// <summary>Screens every API endpoint's bound arguments (bodies, [AsParameters] queries, year/month/page
/// parameters) with <see cref="InputRules"/> before the handler: a bad value is a 400 naming the field,
/// never a silent default or a failed save. Annotations and references stay with each record's save path.</summary>
public static class InputRulesFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var services = context.ApplicationServices.GetService<IServiceProviderIsService>();
        var checkedArguments = context.MethodInfo.GetParameters()
            .Select((p, i) => (Parameter: p, Index: i))
            .Where(a => IsModel(a.Parameter, services) || IsScalar(a.Parameter.ParameterType))
            .ToArray();
        return checkedArguments.Length == 0 ? next : async invocation =>
        {
            var errors = Check(invocation, checkedArguments, services);
            return errors.Count == 0 ? await next(invocation)
                : TypedResults.ValidationProblem(errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        };
    }

    private static List<(string Field, string Message)> Check(EndpointFilterInvocationContext invocation,
        (ParameterInfo Parameter, int Index)[] arguments, IServiceProviderIsService? services)
    {
        var t = invocation.HttpContext.RequestServices.GetRequiredService<Texts>();
        var errors = new List<(string Field, string Message)>();
        foreach (var (parameter, index) in arguments)
        {
            var value = invocation.Arguments[index];
            if (IsModel(parameter, services))
            {
                errors.AddRange(value is null ? [] : InputRules.Screen(value, t));
            }
            else if (InputRules.Check(parameter.Name ?? "", parameter, value, t) is { } message)
            {
                errors.Add((parameter.Name ?? "", message));
            }
        }
        return errors;
    }

    private static bool IsModel(ParameterInfo p, IServiceProviderIsService? services) =>
        InputRules.IsInput(p.ParameterType) && services?.IsService(p.ParameterType) != true;

    private static bool IsScalar(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsEnum || t == typeof(string) || t == typeof(int) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTimeOffset);
    }
}
