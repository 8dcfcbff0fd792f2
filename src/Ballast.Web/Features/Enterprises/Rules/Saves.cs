using Ballast.Web.Features.Projects;

namespace Ballast.Web.Features.Enterprises;

/// <summary>The usual outcomes of a <see cref="RecordSave{T}"/>.</summary>
public static class Saves
{
    public static RecordSave<T> Saved<T>(T record) where T : class => new(SaveOutcome.Saved, record, []);

    public static RecordSave<T> Invalid<T>(List<(string Field, string Message)> errors) where T : class => new(SaveOutcome.Invalid, null, errors);

    public static RecordSave<T> NotFound<T>() where T : class => new(SaveOutcome.NotFound, null, []);

    public static RecordSave<T> Forbidden<T>(string field, string message) where T : class => new(SaveOutcome.Forbidden, null, [(field, message)]);
}
