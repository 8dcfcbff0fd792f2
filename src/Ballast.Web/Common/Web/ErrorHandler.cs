using System.Globalization;
using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Common.Web;

/// <summary>Turns the exceptions a user can provoke into clear answers instead of a 500: every 400
/// names at least one field with a reason, every conflict is a 409 with the record's current version,
/// a database that cannot take the request is a 503 saying so. Pages get the answer as a page
/// (<see cref="ErrorPage"/>), the API as problem+json.</summary>
public sealed class ErrorHandler(IProblemDetailsService problems, Texts t, ILogger<ErrorHandler> log) : IExceptionHandler
{
    /// <summary>Seconds a client should wait before retrying after a 503.</summary>
    private const string RetryAfterSeconds = "5";

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // The request's language: the localisation middleware's culture does not flow back out to here.
        if (httpContext.Features.Get<IRequestCultureFeature>()?.RequestCulture is { } culture)
        {
            CultureInfo.CurrentCulture = culture.Culture;
            CultureInfo.CurrentUICulture = culture.UICulture;
        }
        var outage = DatabaseOutage.Of(exception);
        var details = exception switch
        {
            ScopeViolationException => new ProblemDetails { Status = StatusCodes.Status403Forbidden, Title = t["数据范围之外的记录不能修改"] },
            BadHttpRequestException { StatusCode: StatusCodes.Status400BadRequest } bad => Invalid(BindingErrors.Describe(bad, httpContext, t)),
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } =>
                new ProblemDetails { Status = StatusCodes.Status413PayloadTooLarge, Title = t["上传内容过大，请缩小文件或拆分后再上传"] },
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = t["请求无效"] },
            _ when outage is { } o => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable, Title = t[DatabaseOutage.Title(o, DatabaseOutage.IsWrite(httpContext.Request))],
            },
            _ when DatabaseErrors.Classify(exception) is { } db => await FromDatabaseAsync(db.Status, db.Title, exception, cancellationToken),
            _ => new ProblemDetails { Status = StatusCodes.Status500InternalServerError, Title = t["服务器内部错误，已记录，请稍后重试"] },
        };
        if (outage is not null)
        {
            // The reason goes to the log; the user is told only that the database is unavailable.
            log.LogWarning(exception, "Database {Outage} on {Method} {Path}", outage, httpContext.Request.Method, httpContext.Request.Path);
            httpContext.Response.Headers.RetryAfter = RetryAfterSeconds;
        }
        else if (details.Status >= 500)
        {
            log.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        }
        httpContext.Response.StatusCode = details.Status!.Value;
        if (ErrorPage.Wanted(httpContext))
        {
            await ErrorPage.WriteAsync(httpContext, details);
            return true;
        }
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
