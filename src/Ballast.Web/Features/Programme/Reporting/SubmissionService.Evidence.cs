using Ballast.Web.Common.Uploads;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>Evidence files: attached while the submission can still be edited, read by whoever may
/// see the submission. Evidence has no unit of its own, so every access goes through its submission's
/// scope here.</summary>
public sealed partial class SubmissionService
{
    /// <summary>Attaches a file the upload inspector has passed (the type says so). It is kept in the
    /// database, outside the web root, addressed by its generated id: the name the user gave it is kept
    /// for display only and never becomes a path.</summary>
    public async Task<(EvidenceInfo? Evidence, string? Error)> UploadEvidenceAsync(int periodId, int indicatorId, InspectedUpload file, int? unitId = null)
    {
        if (file.Purpose != UploadPurpose.Evidence)
        {
            throw new ArgumentException("The file was inspected for another purpose.", nameof(file));
        }
        var period = await _db.ReportingPeriods.SingleOrDefaultAsync(p => p.Id == periodId);
        if (period is null)
        {
            return (null, NoPeriod);
        }
        var (indicator, unit, problem) = Locate(
            await IndicatorsOf(period.Year).Include(i => i.Supporting).SingleOrDefaultAsync(i => i.Id == indicatorId), unitId);
        var s = problem is null
            ? await _db.IndicatorSubmissions.SingleOrDefaultAsync(x => x.PeriodId == periodId && x.IndicatorId == indicatorId && x.OwnerUnitId == unit)
            : null;
        problem ??= SubmissionRules.CanEdit(s?.State, period.State, ActorFor(unit, indicator!.LeadUnitId));
        if (problem is null && s is not null && await _db.Evidence.CountAsync(e => e.SubmissionId == s.Id) >= EvidenceRules.MaxFilesPerSubmission)
        {
            problem = "每项填报最多上传20个证据文件";
        }
        if (problem is not null)
        {
            return (null, problem);
        }
        s ??= New(period.Id, indicator!, unit);
        var evidence = new Evidence { FileName = file.FileName, ContentType = file.ContentType, Content = file.Content, UploadedAt = _db.Time.GetUtcNow() };
        s.Evidence.Add(evidence);
        if (await SaveChangesAsync() is { } stale)
        {
            return (null, stale);
        }
        return (new EvidenceInfo(evidence.Id, s.Id, evidence.FileName, evidence.ContentType, file.Content.Length, evidence.UploadedAt), null);
    }

    /// <summary>The file with its bytes, or null when it does not exist or is outside the user's scope.</summary>
    public async Task<Evidence?> DownloadEvidenceAsync(int evidenceId)
    {
        var visible = Visible();
        return await _db.Evidence.AsNoTracking().SingleOrDefaultAsync(e => e.Id == evidenceId && visible.Any(s => s.Id == e.SubmissionId));
    }

    public async Task<string?> DeleteEvidenceAsync(int evidenceId)
    {
        var evidence = await _db.Evidence.SingleOrDefaultAsync(e => e.Id == evidenceId);
        var s = evidence is null ? null : await Visible().Include(x => x.Period).SingleOrDefaultAsync(x => x.Id == evidence.SubmissionId);
        if (s is null)
        {
            return NotFound;
        }
        if (SubmissionRules.CanEdit(s.State, s.Period!.State, ActorFor(s.OwnerUnitId, s.AssignedUnitId)) is { } problem)
        {
            return problem;
        }
        _db.Evidence.Remove(evidence!);
        return await SaveChangesAsync();
    }
}
