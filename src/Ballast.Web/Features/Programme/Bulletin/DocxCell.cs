
namespace Ballast.Web.Features.Programme;

/// <summary>A table cell: its text, bold for a status that needs attention, an optional colour
/// (beside the word, never instead of it).</summary>
public readonly record struct DocxCell(string Text, bool Bold = false, string? Color = null)
{
    public static implicit operator DocxCell(string text) => new(text);
}
