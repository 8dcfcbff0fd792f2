namespace Ballast.Web.Features.Enterprises;

/// <summary>Statistical size (统计上大中小微型企业划分办法(2017)).</summary>
public enum SizeClass
{
    Large,
    Medium,
    Small,
    Micro,
}
