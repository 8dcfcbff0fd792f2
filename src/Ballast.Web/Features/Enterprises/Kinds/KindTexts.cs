namespace Ballast.Web.Features.Enterprises;

/// <summary>How the kind pages name a kind's subject.</summary>
public static class KindTexts
{
    public static string SubjectName(DesignationSubject s) => s == DesignationSubject.Area ? "区域或机构" : "企业";
}
