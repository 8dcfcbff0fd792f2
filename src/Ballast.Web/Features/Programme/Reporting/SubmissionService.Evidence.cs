using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Programme;

/// <summary>Evidence files: attached while the submission can still be edited, read by whoever may
/// see the submission. Evidence has no unit of its own, so every access goes through its submission's
/// scope here.</summary>
public sealed partial class SubmissionService
{
    public async Task<(EvidenceInfo? Evidence, string? Error)> UploadEvidenceAsync(int periodId, int indicatorId,
        string fileName, string? contentType, long length, Stream content, int? unitId = null)
    {
        if (EvidenceRules.Check(fileName, contentType, length) is { } refused)
        {
            return (null, refused);
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
        var bytes = await ReadAtMostAsync(content, EvidenceRules.MaxBytes);
        problem = bytes is null ? "单个证据文件不超过10MB" : bytes.Length == 0 ? "请选择要上传的证据文件" : EvidenceRules.CheckContent(fileName, bytes);
        if (problem is not null)
        {
            return (null, problem);
        }
        s ??= New(period.Id, indicator!, unit);
        var name = EvidenceRules.SafeName(fileName);
        var evidence = new Evidence { FileName = name, ContentType = EvidenceRules.ContentTypeOf(name), Content = bytes!, UploadedAt = _db.Time.GetUtcNow() };
        s.Evidence.Add(evidence);
        if (await SaveChangesAsync() is { } stale)
        {
            return (null, stale);
        }
        return (new EvidenceInfo(evidence.Id, s.Id, evidence.FileName, evidence.ContentType, bytes!.Length, evidence.UploadedAt), null);
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

    /// <summary>Reads the stream, or null once it passes the limit (a declared length can lie).</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long limit)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer)) > 0)
        {
            if (memory.Length + read > limit)
            {
                return null;
            }
            memory.Write(buffer, 0, read);
        }
        return memory.ToArray();
    }
}
