
namespace Ballast.Web.Features.Programme;

public sealed record DocxColumn(string Header, int Weight, bool Right = false);
