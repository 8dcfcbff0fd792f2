using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Common.Web;

/// <summary>Turns the exceptions a user can provoke into clear answers instead of a 500: every 400
/// names at least one field with a reason, every conflict is a 409 with the record's current version.</summary>
public sealed class ErrorHandler(IProblemDetailsService problems, Texts t, ILogger<ErrorHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var details = exception switch
        {
            ScopeViolationException => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = t["数据范围之外的记录不能修改"] },
            // An upload with no declared length that runs past the form limit: too large, not malformed.
            BadHttpRequestException { InnerException: InvalidDataException inner }
                when inner.Message.StartsWith("Multipart body length limit", StringComparison.Ordinal) =>
                new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge },
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad => Invalid(BindingErrors.Describe(bad, httpContext, t)),
            // Over the size limit or of a type the endpoint does not take: ProblemTexts names the limit or the types.
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge or StatusCodes.Status415UnsupportedMediaType } bad =>
                new ProblemDetails { Status = bad.StatusCode },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = t["请求无效"] },
            _ when DatabaseErrors.Classify(exception) is { } db => await FromDatabaseAsync(db.Status, db.Title, exception, cancellationToken),
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = t["服务器内部错误，已记录，请稍后重试"] },
        };
        if (details.Status >= 500)
        {
            log.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        }
        httpContext.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }

    private HttpValidationProblemDetails Invalid((string Field, string Reason) error, string? title = null) =>
        new(new Dictionary<string, string[]> { [error.Field] = [error.Reason] })
        {
            Status = StatusCodes.Status400BadRequest,
            Title = title ?? t["请求无效"]
        };

    /// <summary>A conflict names the record, the version now stored and the fields that differ from the request.</summary>
    private async Task<ProblemDetails> FromDatabaseAsync(int status, string title, Exception exception, CancellationToken ct)
    {
        if (status == StatusCodes.Status400BadRequest)
        {
            return Invalid(("body", t[title]), t[title]);
        }
        var details = new ProblemDetails { Status = status, Title = t[title] };
        if (exception is DbUpdateConcurrencyException concurrency)
        {
            var conflict = await VersionConflict.FromAsync(concurrency, ct);
            details.Extensions["record"] = conflict.Record;
            details.Extensions["current"] = conflict.Current;
            details.Extensions["fields"] = conflict.Fields;
        }
        return details;
    }
}
