namespace Ballast.Web.Features.Compendium;

public enum ConditionOperator
{
    In,
    NotIn,
    AtLeast,
    AtMost,
    IsTrue,
}
