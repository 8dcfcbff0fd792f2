namespace Ballast.Web.Common.Excel;

/// <summary>How many data rows one imported file may hold: <c>Limits:ImportMaxRows</c> in configuration,
/// stated on the import page and in the API's description before any file is read.</summary>
public static class ImportLimits
{
    public const int DefaultMaxRows = 100_000;

    public static int MaxRows(IConfiguration configuration) => Math.Max(1, configuration.GetValue("Limits:ImportMaxRows", DefaultMaxRows));

    /// <summary>The largest upload the server accepts, in MB (<c>Limits:MaxRequestBodyMegabytes</c>, as the host reads it).</summary>
    public static int MaxMegabytes(IConfiguration configuration) => configuration.GetValue("Limits:MaxRequestBodyMegabytes", 20);

    public static SheetReadOptions Options(IConfiguration configuration) => new() { MaxRows = MaxRows(configuration) };
}
