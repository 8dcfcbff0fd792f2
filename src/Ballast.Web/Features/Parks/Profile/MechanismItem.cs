namespace Ballast.Web.Features.Parks;

/// <summary>The five parts of a park's "5个1" working mechanism.</summary>
public enum MechanismItem
{
    /// <summary>一个工作专班.</summary>
    TaskForce,
    /// <summary>一个发展规划.</summary>
    Plan,
    /// <summary>一套政策包.</summary>
    PolicyPackage,
    /// <summary>一支招商队伍.</summary>
    PromotionTeam,
    /// <summary>一只产业基金.</summary>
    Fund,
}

public enum MechanismState
{
    /// <summary>未建立.</summary>
    Missing,
    /// <summary>推进中.</summary>
    InProgress,
    /// <summary>已建立.</summary>
    InPlace,
}
