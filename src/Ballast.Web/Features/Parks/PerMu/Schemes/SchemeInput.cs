using System.ComponentModel.DataAnnotations;

namespace Ballast.Web.Features.Parks;

/// <summary>A per-mu scheme as a user or an integration sends it: the fields and the whole list of indicators.</summary>
public sealed class SchemeInput
{
    [Range(1990, 2100, ErrorMessage = "年度须在1990年至2100年之间")]
    [Display(Name = "评价年度")]
    public int Year { get; set; }

    [Required(ErrorMessage = "请填写方案名称")]
    [StringLength(200, ErrorMessage = "方案名称不超过200字")]
    [Display(Name = "方案名称")]
    public string Name { get; set; } = "";

    [StringLength(300, ErrorMessage = "依据文件不超过300字")]
    [Display(Name = "依据文件")]
    public string? Basis { get; set; }

    public ScoringMethod Scoring { get; set; }
    public GradeMethod Grading { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "A档分界须为非负数")]
    [Display(Name = "A档分界")]
    public decimal CutA { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "B档分界须为非负数")]
    [Display(Name = "B档分界")]
    public decimal CutB { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "C档分界须为非负数")]
    [Display(Name = "C档分界")]
    public decimal CutC { get; set; }

    [Range(0, 20, ErrorMessage = "新办企业年限须在0至20年之间")]
    [Display(Name = "新办企业不参评年限")]
    public int ExemptYoungerThanYears { get; set; }

    [StringLength(200, ErrorMessage = "不参评行业不超过200字")]
    [Display(Name = "不参评行业")]
    public string? ExemptDivisions { get; set; }

    [StringLength(200, ErrorMessage = "参评行业不超过200字")]
    [Display(Name = "参评行业")]
    public string? ScopeDivisions { get; set; }

    [Range(typeof(decimal), "0", "100000", ErrorMessage = "用地下限须为非负数（亩）")]
    [Display(Name = "用地下限（亩）")]
    public decimal? MinLandMu { get; set; }

    public bool RankGroupsApart { get; set; }

    public int Version { get; set; }

    public List<IndicatorInput> Indicators { get; set; } = [];

    public static SchemeInput From(PerMuScheme s) => new()
    {
        Year = s.Year, Name = s.Name, Basis = s.Basis, Scoring = s.Scoring, Grading = s.Grading, CutA = s.CutA, CutB = s.CutB, CutC = s.CutC,
        ExemptYoungerThanYears = s.ExemptYoungerThanYears, ExemptDivisions = s.ExemptDivisions, ScopeDivisions = s.ScopeDivisions,
        MinLandMu = s.MinLandMu, RankGroupsApart = s.RankGroupsApart, Version = s.Version,
        Indicators = [.. s.Indicators.OrderBy(i => i.Group).ThenBy(i => i.SortOrder).Select(IndicatorInput.From)],
    };

    public void ApplyTo(PerMuScheme s)
    {
        s.Year = Year;
        s.Name = Name.Trim();
        s.Basis = Blank(Basis);
        s.Scoring = Scoring;
        s.Grading = Grading;
        (s.CutA, s.CutB, s.CutC) = (CutA, CutB, CutC);
        s.ExemptYoungerThanYears = ExemptYoungerThanYears;
        s.ExemptDivisions = Blank(ExemptDivisions);
        s.ScopeDivisions = Blank(ScopeDivisions);
        s.MinLandMu = MinLandMu;
        s.RankGroupsApart = RankGroupsApart;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
