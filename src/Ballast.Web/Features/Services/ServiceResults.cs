using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Services;

/// <summary>How the API answers a refused save: 404, 403 with the reason, 409 with the version now stored, 400 by field.</summary>
internal static class ServiceResults
{
    public static IResult Failure(ServiceSaveResult result, Texts t) => result.Outcome switch
    {
        ServiceSaveOutcome.NotFound => TypedResults.NotFound(),
        ServiceSaveOutcome.Forbidden => TypedResults.Problem(t[result.Errors[0].Message].Value, statusCode: StatusCodes.Status403Forbidden),
        ServiceSaveOutcome.Conflict => TypedResults.Problem(
            title: t["该记录已被他人修改，您的修改未保存"].Value, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["record"] = result.Conflict!.Record, ["current"] = result.Conflict.Current, ["fields"] = result.Conflict.Fields,
            }),
        _ => TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => t[e.Message].Value).ToArray())),
    };
}
