namespace Ballast.Web.Features.Promotion;

/// <summary>The headline cards' model: the figures and the page that lists the projects behind them.</summary>
public sealed record FiguresView(CampaignFigures Figures, string DrillDown);
