namespace Ballast.Web.Common.Web;

/// <summary>Declares the function a page's writing handlers need (on the page model), or one
/// handler's (on the method, which wins). A page handler that writes without one is refused.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class FunctionAttribute(string function) : Attribute
{
    public string Function { get; } = function;
}
