using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ballast.Tests.Rules;

/// <summary>Hostile requests generated from the OpenAPI document: for every operation, a plausible body
/// with one field at a time replaced by something a careless or hostile client sends.</summary>
internal sealed class OpenApiProbe(JsonElement document)
{
    public sealed record Operation(string Method, string Path, JsonElement? Body, IReadOnlyList<(string Name, string Type)> Query);

    public IEnumerable<Operation> Operations() =>
        from path in document.GetProperty("paths").EnumerateObject()
        from op in path.Value.EnumerateObject()
        where op.Name is "get" or "post" or "put"
        select new Operation(op.Name, path.Name, BodyOf(op.Value), QueryOf(op.Value));

    /// <summary>Bodies that are not JSON or not the right JSON at all.</summary>
    public static readonly string[] Malformed = ["{", "{\"name\":", "[]", "\"text\"", "null", "{\"unknown\":1}", "{\"a\":1,}", "\u0000"];

    /// <summary>The plausible body with one property at a time made hostile (nested one level into arrays).</summary>
    public IEnumerable<(string Case, string Body)> Variants(JsonElement schema)
    {
        var resolved = Resolve(schema);
        foreach (var (name, property) in Properties(resolved))
        {
            foreach (var (label, value) in Hostile(Resolve(property)))
            {
                var body = (JsonObject)Sample(resolved, 0)!;
                body[name] = value?.DeepClone();
                yield return ($"{name}={label}", body.ToJsonString());
            }
            if (Types(Resolve(property)).Contains("array") && Resolve(property).TryGetProperty("items", out var items))
            {
                foreach (var (inner, value) in Variants(items))
                {
                    var body = (JsonObject)Sample(resolved, 0)!;
                    body[name] = new JsonArray(JsonNode.Parse(value));
                    yield return ($"{name}[0].{inner}", body.ToJsonString());
                }
            }
        }
    }

    public static IEnumerable<(string Label, JsonNode? Value)> Hostile(JsonElement s)
    {
        var types = Types(s);
        if (s.TryGetProperty("enum", out _) || types.Contains("integer"))
        {
            yield return ("unknown-enum-name", "NoSuchValue");
        }
        if (types.Contains("integer") || types.Contains("number"))
        {
            foreach (var raw in new[] { "1e30", "-1", "99", "2147483648", "999999", "-79228162514264337593543950335" })
            {
                yield return (raw, JsonNode.Parse(raw));
            }
            yield return ("text", "abc");
        }
        if (types.Contains("string"))
        {
            foreach (var c in new[] { '\u0000', '\u202E', '\u2066', '\u001B', '\u0085', '\u200F' })
            {
                yield return ($"U+{(int)c:X4}", $"名称{c}abc");
            }
            yield return ("100k", new string('长', 100_000));
            yield return ("object", new JsonObject());
            foreach (var date in new[] { "2023-02-30", "0001-01-01", "2999-12-31", "1900-01-01", "23-1-1" })
            {
                yield return (date, date);
            }
        }
        if (types.Contains("boolean"))
        {
            yield return ("bool-text", "yes");
        }
        if (types.Contains("array"))
        {
            yield return ("array-text", "x");
            yield return ("array-null", new JsonArray((JsonNode?)null));
        }
    }

    /// <summary>A value the schema would accept, so that only the changed field is at fault.</summary>
    public JsonNode? Sample(JsonElement schema, int depth)
    {
        var s = Resolve(schema);
        var types = Types(s);
        if (s.TryGetProperty("enum", out var values) && values.GetArrayLength() > 0)
        {
            return JsonNode.Parse(values[0].GetRawText());
        }
        if (types.Contains("object") || s.TryGetProperty("properties", out _))
        {
            var o = new JsonObject();
            foreach (var (name, property) in depth < 3 ? Properties(s) : [])
            {
                o[name] = Sample(property, depth + 1);
            }
            return o;
        }
        return types switch
        {
            _ when types.Contains("array") => s.TryGetProperty("items", out var items) && depth < 3 ? new JsonArray(Sample(items, depth + 1)) : new JsonArray(),
            _ when types.Contains("integer") || types.Contains("number") => 1,
            _ when types.Contains("boolean") => false,
            _ when s.TryGetProperty("format", out var f) && f.GetString() == "date" => "2023-06-01",
            _ when s.TryGetProperty("format", out var f) && f.GetString() == "date-time" => "2023-06-01T00:00:00Z",
            _ when types.Contains("string") => "探针",
            _ => null,
        };
    }

    private static IEnumerable<(string, JsonElement)> Properties(JsonElement s) =>
        s.TryGetProperty("properties", out var p) ? p.EnumerateObject().Select(x => (x.Name, x.Value)) : [];

    private static HashSet<string> Types(JsonElement s) => !s.TryGetProperty("type", out var t) ? []
        : t.ValueKind == JsonValueKind.Array ? [.. t.EnumerateArray().Select(x => x.GetString()!)] : [t.GetString()!];

    /// <summary>Follows $ref and takes the first non-null alternative of oneOf/anyOf/allOf.</summary>
    private JsonElement Resolve(JsonElement s)
    {
        for (var i = 0; i < 10; i++)
        {
            if (s.TryGetProperty("$ref", out var r))
            {
                s = document.GetProperty("components").GetProperty("schemas").GetProperty(r.GetString()!.Split('/')[^1]);
            }
            else if (new[] { "oneOf", "anyOf", "allOf" }.FirstOrDefault(k => s.TryGetProperty(k, out _)) is { } key)
            {
                s = s.GetProperty(key).EnumerateArray().FirstOrDefault(x => !Types(x).SetEquals(["null"]), s.GetProperty(key)[0]);
            }
            else
            {
                break;
            }
        }
        return s;
    }

    private static JsonElement? BodyOf(JsonElement op) =>
        op.TryGetProperty("requestBody", out var b) && b.GetProperty("content").TryGetProperty("application/json", out var json) ? json.GetProperty("schema") : null;

    private List<(string, string)> QueryOf(JsonElement op) => !op.TryGetProperty("parameters", out var ps) ? []
        : [.. ps.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query")
            .Select(p => (p.GetProperty("name").GetString()!, string.Join(",", Types(Resolve(p.GetProperty("schema"))))))];
}
