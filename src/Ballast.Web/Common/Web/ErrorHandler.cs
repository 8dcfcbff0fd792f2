using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Ballast.Web.Common.Web;

/// <summary>Turns the exceptions a user can provoke into clear answers instead of a 500.</summary>
public sealed class ErrorHandler(IProblemDetailsService problems, Texts t, ILogger<ErrorHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            ScopeViolationException => (StatusCodes.Status403Forbidden, t["数据范围之外的记录不能修改"].Value),
            Microsoft.AspNetCore.Http.BadHttpRequestException bad => (bad.StatusCode, t["请求无效"].Value),
            _ => (StatusCodes.Status500InternalServerError, t["服务器内部错误，已记录，请稍后重试"].Value),
        };
        if (status >= 500)
        {
            log.LogError(exception, "Unhandled error on {Path}", httpContext.Request.Path);
        }
        httpContext.Response.StatusCode = status;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Title = title },
            Exception = exception,
        });
    }
}
