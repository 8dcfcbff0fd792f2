using Ballast.Web.Common.Localization;

namespace Ballast.Web.Features.Parks;

/// <summary>How the API answers a refused save: 404, 403 with the reason, 409 with the version now stored, 400 by field.</summary>
internal static class ParkResults
{
    public static IResult Failure(ParkSaveResult result, Texts t) => result.Outcome switch
    {
        ParkSaveOutcome.NotFound => TypedResults.NotFound(),
        ParkSaveOutcome.Forbidden => TypedResults.Problem(t[result.Errors[0].Message].Value, statusCode: StatusCodes.Status403Forbidden),
        ParkSaveOutcome.Conflict => TypedResults.Problem(
            title: t["该记录已被他人修改，您的修改未保存"].Value, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?>
            {
                ["record"] = result.Conflict!.Record, ["current"] = result.Conflict.Current, ["fields"] = result.Conflict.Fields,
            }),
        _ => TypedResults.ValidationProblem(result.Errors.GroupBy(e => e.Field)
            .ToDictionary(g => g.Key, g => g.Select(e => t[e.Message].Value).ToArray())),
    };

    /// <summary>The refusals as one line for a page.</summary>
    public static string Line(ParkSaveResult result, Texts t) => result.Outcome == ParkSaveOutcome.Conflict
        ? t["该记录已被他人修改，请刷新后重试"].Value
        : string.Join("；", result.Errors.Select(e => t[e.Message].Value));
}
