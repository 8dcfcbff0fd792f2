using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Enterprises;

/// <summary>A refused save as the API answers it: 400 naming each field, 403, 404 or 409, in the caller's language.</summary>
internal static class ApiAnswers
{
    public static IResult Failure<T>(RecordSave<T> result, Texts t) where T : class => result.Outcome switch
    {
        SaveOutcome.NotFound => TypedResults.NotFound(),
        SaveOutcome.Forbidden => TypedResults.Problem(t[result.Errors.FirstOrDefault().Message ?? "数据范围之外的记录不能修改"],
            statusCode: StatusCodes.Status403Forbidden),
        SaveOutcome.Conflict => TypedResults.Conflict(new { title = t[result.Errors[0].Message].Value, current = result.Current }),
        _ => TypedResults.ValidationProblem(result.Errors.GroupBy(e => Camel(e.Field))
            .ToDictionary(g => g.Key, g => g.Select(e => t[e.Message].Value).ToArray())),
    };

    /// <summary>The field as the JSON body spells it.</summary>
    private static string Camel(string field) => field.Length == 0 ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
