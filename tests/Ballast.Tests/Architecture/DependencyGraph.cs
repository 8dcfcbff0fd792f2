using Mono.Cecil;

namespace Ballast.Tests.Architecture;

/// <summary>Which part of Ballast.Web uses which, read from the compiled IL (signatures, bodies,
/// attributes, Razor views), so a dependency cannot hide behind a fully qualified name.</summary>
public sealed class DependencyGraph
{
    /// <summary>part → part it uses → one example "type → type", for the failure message.</summary>
    public Dictionary<string, Dictionary<string, string>> Edges { get; } = [];

    public static DependencyGraph Of(string assemblyPath)
    {
        var graph = new DependencyGraph();
        using var module = ModuleDefinition.ReadModule(assemblyPath);
        foreach (var type in module.GetTypes())
        {
            if (PartOf(type) is not { } from)
            {
                continue;
            }
            foreach (var used in Uses(type))
            {
                if (PartOf(used) is { } to && to != from)
                {
                    var targets = graph.Edges.TryGetValue(from, out var t) ? t : graph.Edges[from] = [];
                    targets.TryAdd(to, $"{Outer(type).FullName} → {used.FullName}");
                }
            }
        }
        return graph;
    }

    /// <summary>Features.Projects, Common, Data, Host, Shell (the layout); null for what is not ours.</summary>
    public static string? PartOf(TypeReference type)
    {
        var outer = Outer(type);
        var ns = outer.Namespace;
        if (ns == "AspNetCoreGeneratedDocument")
        {
            // Razor views are named after their path: Features_Projects_Index.
            var segments = outer.Name.Split('_');
            return segments is ["Features", "Shared", ..] ? "Shell"
                : segments is ["Features", var module, _, ..] && module.Length > 0 ? $"Features.{module}" : "Shell";
        }
        if (!ns.StartsWith("Ballast.Web", StringComparison.Ordinal) && !(ns.Length == 0 && outer.Name == "Program"))
        {
            return null;
        }
        var parts = ns.Split('.');
        return parts switch
        {
            [_, _, "Features", var module, ..] => $"Features.{module}",
            [_, _, "Common", ..] => "Common",
            [_, _, "Data", ..] => "Data",
            _ => "Host",
        };
    }

    private static TypeReference Outer(TypeReference type)
    {
        while (type.DeclaringType is { } d)
        {
            type = d;
        }
        return type;
    }

    private static List<TypeReference> Uses(TypeDefinition type)
    {
        var found = new List<TypeReference>();
        void Add(TypeReference? t)
        {
            switch (t)
            {
                case null:
                    return;
                case GenericInstanceType g:
                    Add(g.ElementType);
                    g.GenericArguments.ToList().ForEach(Add);
                    return;
                case TypeSpecification s:
                    Add(s.ElementType);
                    return;
                default:
                    found.Add(t);
                    return;
            }
        }
        void AddMember(MemberReference m)
        {
            Add(m.DeclaringType);
            switch (m)
            {
                case MethodReference mr:
                    Add(mr.ReturnType);
                    mr.Parameters.ToList().ForEach(p => Add(p.ParameterType));
                    if (mr is GenericInstanceMethod gm)
                    {
                        gm.GenericArguments.ToList().ForEach(Add);
                    }
                    break;
                case FieldReference fr:
                    Add(fr.FieldType);
                    break;
                default:
                    break;
            }
        }
        Add(type.BaseType);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType));
        type.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType));
        type.Fields.ToList().ForEach(f => Add(f.FieldType));
        type.Properties.ToList().ForEach(p => Add(p.PropertyType));
        foreach (var method in type.Methods)
        {
            Add(method.ReturnType);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType));
            method.CustomAttributes.ToList().ForEach(a => Add(a.AttributeType));
            if (!method.HasBody)
            {
                continue;
            }
            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType));
            foreach (var op in method.Body.Instructions.Select(i => i.Operand))
            {
                if (op is TypeReference tr)
                {
                    Add(tr);
                }
                else if (op is MemberReference mr)
                {
                    AddMember(mr);
                }
            }
        }
        return found;
    }
}
