namespace Ballast.Web.Features.Parks;

/// <summary>Where a park's yearly figure comes from.</summary>
public enum OutputSource
{
    /// <summary>Neither an entered figure nor any member firm's: 未报, never zero.</summary>
    NotReported,
    /// <summary>The sum of what the firms in the park at the year's end reported.</summary>
    Firms,
    /// <summary>Entered for the park as a whole, with its source: it wins over the firms' sum.</summary>
    Entered,
}
