using Ballast.Web.Common.Codes;
using Ballast.Web.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Ballast.Web.Features.Compendium;

/// <summary>A firm's policies: by USCC (checked, and a refusal says why) or by name; the policies in force it is eligible for,
/// needs checking for and misses, each with its reason per condition; the expired ones when asked.</summary>
public sealed class MatchingModel(AppDbContext db, Matcher matcher, TimeProvider time) : PageModel
{
    /// <summary>A USCC, or part of a firm's name.</summary>
    [BindProperty(SupportsGet = true)] public string? Uscc { get; set; }
    [BindProperty(SupportsGet = true)] public int? Firm { get; set; }
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? Day { get; set; }
    [BindProperty(SupportsGet = true)] public bool Expired { get; set; }

    public MatchOptions Options { get; private set; } = null!;
    /// <summary>Why the code was not looked up (malformed), or that no firm in scope has it.</summary>
    public string? Refusal { get; private set; }
    public string? Warning { get; private set; }
    public IReadOnlyList<(int Id, string Name, string? Uscc)> Candidates { get; private set; } = [];
    public FirmFacts? Facts { get; private set; }
    public IReadOnlyList<PolicyOffer> Offers { get; private set; } = [];

    public async Task OnGetAsync()
    {
        Options = MatchingApi.Options(HttpContext, Year, Day, time);
        var firmId = Firm ?? await FindAsync();
        if (firmId is { } id && await matcher.PoliciesForAsync(id, Options, HttpContext.RequestAborted) is { } found)
        {
            Facts = found.Firm;
            Offers = found.Offers;
        }
        else if (Firm is not null)
        {
            Refusal = "您的数据范围内没有该企业";
        }
    }

    private async Task<int?> FindAsync()
    {
        var text = Uscc?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var looksLikeCode = text.All(c => char.IsAsciiLetterOrDigit(c) || c is ' ' or '-') || text.Any(c => c is >= '０' and <= 'ｚ');
        if (!looksLikeCode)
        {
            Candidates = [.. (await db.Enterprises.AsNoTracking().Where(e => e.Name.Contains(text)).OrderBy(e => e.Name).Take(20)
                .Select(e => new { e.Id, e.Name, e.Uscc }).ToListAsync()).Select(e => (e.Id, e.Name, e.Uscc))];
            Refusal = Candidates.Count == 0 ? "您的数据范围内没有名称含此文字的企业" : null;
            return Candidates.Count == 1 ? Candidates[0].Id : null;
        }
        var check = Common.Codes.Uscc.Check(text);
        if (check.Status == UsccStatus.Malformed)
        {
            Refusal = check.Problem;
            return null;
        }
        Warning = check.Problem;
        var id = await db.Enterprises.Where(e => e.Uscc == check.Value).Select(e => (int?)e.Id).SingleOrDefaultAsync();
        Refusal = id is null ? "您的数据范围内没有该信用代码的企业" : null;
        return id;
    }
}
