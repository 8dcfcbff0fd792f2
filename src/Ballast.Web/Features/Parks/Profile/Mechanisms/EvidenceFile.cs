using Ballast.Web.Common.Uploads;
using Ballast.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Parks;

/// <summary>A "5个1" item's evidence file going back out: always as an attachment, like every evidence file.</summary>
public static class EvidenceFile
{
    public static async Task<IResult?> ServeAsync(AppDbContext db, HttpResponse response, int parkId, MechanismItem item)
    {
        var e = await db.ParkMechanisms.AsNoTracking().Where(m => m.ParkId == parkId && m.Item == item && m.EvidenceContent != null)
            .Select(m => new { m.Id, m.EvidenceFileName, m.EvidenceContentType, m.EvidenceContent }).SingleOrDefaultAsync();
        if (e is null)
        {
            return null;
        }
        var name = e.EvidenceFileName ?? "evidence";
        Attachment.Prepare(response, name, Attachment.GeneratedName("park-evidence", e.Id, name));
        return TypedResults.File(e.EvidenceContent!, Attachment.ContentType(e.EvidenceContentType));
    }
}
