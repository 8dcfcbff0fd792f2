using System.Globalization;
using Ballast.Web.Common.Localization;
using Ballast.Web.Features.Auth;
using Ballast.Web.Common.Uploads;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ballast.Web.Features.Programme;

/// <summary>The indicator reporting cycle for integrations: the same service, rules and scope as
/// the pages. Refusals come back as validation problems with the reason in the caller's language.</summary>
public static class SubmissionsApi
{
    public sealed record SaveSubmissions(IReadOnlyList<SubmissionEntry> Entries, bool Submit);
    public sealed record Reason(string? Text);
    public sealed record ExtensionRequest(DateOnly? To, string? Reason, int? UnitId);
    public sealed record ExtensionDecision(bool Grant);

    public static RouteGroupBuilder MapSubmissionsApi(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/programme/submissions").WithTags("Programme");
        group.MapGet("/periods", async (int year, SubmissionService service) =>
                TypedResults.Ok((await service.PeriodsAsync(year)).Select(PeriodDto.From).ToList()))
            .WithSummary("The year's reporting periods with the caller's counts as reviewer: expected, reported, not reported, late, accepted, returned, extensions to decide.");
        group.MapGet("/periods/{periodId:int}/mine",
                async Task<Results<Ok<List<UpdateDto>>, NotFound>> (int periodId, int? unitId, SubmissionService service) =>
                    await service.MyUpdatesAsync(periodId, unitId) is { } mine
                        ? TypedResults.Ok(mine.Rows.Select(UpdateDto.From).ToList())
                        : TypedResults.NotFound())
            .WithSummary("My updates: the reported (not computed) indicators of the period's year that the caller's unit leads or supports, with their submissions. The office may name a unit.");
        group.MapGet("/periods/{periodId:int}", async (int periodId, string? state, int? unitId, SubmissionService service) =>
                TypedResults.Ok((await service.ListAsync(periodId, state, unitId)).Select(ReviewDto.From).ToList()))
            .WithSummary("Review: every expected report of the period (indicator × responsible unit) that the caller reviews — all for the office, the indicators it leads for a lead unit. state: Draft, Submitted, Accepted, Returned, NotReported, Late or Extension.");
        group.MapPut("/periods/{periodId:int}", async (int periodId, SaveSubmissions body, SubmissionService service, Texts t) =>
                Answer(body.Submit
                    ? await service.SubmitAsync(periodId, body.Entries)
                    : await service.SaveAsync(periodId, body.Entries), t))
            .WithSummary(
                "Save (draft) or submit values, year to date in the indicator's unit (milestones: done). All or nothing; errors are keyed by indicator id.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/accept", async (int id, SubmissionService service, Texts t) => Answer(await service.AcceptAsync(id), t))
            .WithSummary("Accept a submitted value (lead unit for its supporting units, or the office); it is then locked.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/return", async (int id, Reason body, SubmissionService service, Texts t) =>
                Answer(await service.ReturnAsync(id, body.Text), t))
            .WithSummary("Return a submitted value with a reason (lead unit or office).")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/reopen", async (int id, Reason body, SubmissionService service, Texts t) =>
                Answer(await service.ReopenAsync(id, body.Text), t))
            .WithSummary("Office: reopen an accepted (locked) value for correction.")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapPost("/periods/{periodId:int}/indicators/{indicatorId:int}/extension",
                async (int periodId, int indicatorId, ExtensionRequest body, SubmissionService service, Texts t) =>
                    Answer(await service.RequestExtensionAsync(periodId, indicatorId, body.To, body.Reason, body.UnitId), t))
            .WithSummary("Ask for a later due date, before the due date in force has passed, with a reason.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapPost("/{id:int}/extension", async (int id, ExtensionDecision body, SubmissionService service, Texts t) =>
                Answer(await service.DecideExtensionAsync(id, body.Grant), t))
            .WithSummary("Office: grant or refuse a pending extension request.")
            .RequireAuthorization(Policies.ProgrammeManage);
        group.MapPost("/periods/{periodId:int}/indicators/{indicatorId:int}/evidence", UploadAsync)
            .DisableAntiforgery()
            .WithSummary("Attach an evidence file (multipart field 'file'): PDF, OFD, DOCX, XLSX, PPTX, JPG or PNG, at most 10 MB. The file is "
                + "inspected before it is kept: extension, declared type and content must agree; Office and OFD archives are checked for "
                + "entry count, inflated size, entry names, XML without DTDs, macros and external references; PDFs for scripts, launch "
                + "actions and embedded files; images for their declared size. A refusal is 400 with the reason under errors.file.")
            .RequireAuthorization(Policies.BusinessWrite);
        group.MapGet("/evidence/{id:int}", async Task<Results<FileContentHttpResult, NotFound>> (int id, SubmissionService service, HttpContext ctx) =>
                {
                    if (await service.DownloadEvidenceAsync(id) is not { } e)
                    {
                        return TypedResults.NotFound();
                    }
                    Attachment.Prepare(ctx.Response, e.FileName, Attachment.GeneratedName("evidence", e.Id, e.FileName));
                    return TypedResults.File(e.Content, Attachment.ContentType(e.ContentType));
                })
            .WithSummary("Download an evidence file, as an attachment (Content-Disposition with the original name in filename*, "
                + "X-Content-Type-Options: nosniff); 404 outside the caller's scope.");
        group.MapDelete("/evidence/{id:int}", async (int id, SubmissionService service, Texts t) => Answer(await service.DeleteEvidenceAsync(id), t))
            .WithSummary("Remove an evidence file while its submission can still be edited.")
            .RequireAuthorization(Policies.BusinessWrite);
        return api;
    }

    private static async Task<Results<Created<EvidenceInfo>, ValidationProblem>> UploadAsync(int periodId, int indicatorId, int? unitId,
        IFormFile file, SubmissionService service, UploadInspector inspector, Texts t, CancellationToken cancellationToken)
    {
        var inspection = await inspector.InspectAsync(file, UploadPurpose.Evidence, cancellationToken);
        if (!inspection.Passed)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [inspection.Refusal.Message(t)] });
        }
        var (evidence, error) = await service.UploadEvidenceAsync(periodId, indicatorId, inspection.Upload, unitId);
        return error is null
            ? TypedResults.Created($"/api/programme/submissions/evidence/{evidence!.Id}", evidence)
            : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [t[error].Value] });
    }

    private static Results<NoContent, ValidationProblem> Answer(string? error, Texts t) => error is null
        ? TypedResults.NoContent()
        : TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["action"] = [t[error].Value] });

    private static Results<NoContent, ValidationProblem> Answer(List<(int IndicatorId, string Error)> errors, Texts t) => errors.Count == 0
        ? TypedResults.NoContent()
        : TypedResults.ValidationProblem(errors.GroupBy(e => e.IndicatorId.ToString(CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Select(e => t[e.Error].Value).ToArray()));
}
