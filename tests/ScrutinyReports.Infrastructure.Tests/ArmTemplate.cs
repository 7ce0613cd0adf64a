using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ScrutinyReports.Infrastructure.Tests;

/// <summary>
/// A compiled ARM template and the templates of its modules. Bicep compiles each module to a nested deployment
/// (Microsoft.Resources/deployments with properties.template), so resources are found by walking every template.
/// Expressions stay ARM expression strings; <see cref="Resolve"/> follows the plain references
/// (<c>[parameters('x')]</c>, <c>[variables('x')]</c>, optionally with <c>.property</c> paths) to the literal they
/// stand for, through module parameters up to the entry template's defaults, and leaves any other expression as it is.
/// </summary>
internal sealed partial class ArmTemplate
{
    private ArmTemplate(JsonObject body, string module, ArmTemplate? parent, JsonObject? deploymentParameters)
    {
        Body = body;
        Module = module;
        Parent = parent;
        DeploymentParameters = deploymentParameters;
    }

    public JsonObject Body { get; }

    /// <summary>The module's deployment name ("function-app"), or "main" for the entry template.</summary>
    public string Module { get; }

    public ArmTemplate? Parent { get; }

    private JsonObject? DeploymentParameters { get; }

    public static ArmTemplate Parse(string json) =>
        new(JsonNode.Parse(json)?.AsObject() ?? throw new ArgumentException("Not a JSON object.", nameof(json)), "main", null, null);

    /// <summary>This template's own resources, whether listed (language version 1) or keyed by symbolic name (2.0).</summary>
    public IEnumerable<ArmResource> OwnResources => Body["resources"] switch
    {
        JsonArray list => list.Select(node => new ArmResource(node!.AsObject(), this)),
        JsonObject symbols => symbols.Select(pair => new ArmResource(pair.Value!.AsObject(), this)),
        _ => [],
    };

    /// <summary>Every resource in this template and in the modules below it, existing references left out.</summary>
    public IEnumerable<ArmResource> AllResources => OwnResources
        .SelectMany(resource => resource.Type == "Microsoft.Resources/deployments"
            ? new[] { resource }.Concat(resource.ModuleTemplate.AllResources)
            : [resource])
        .Where(resource => resource.Body["existing"]?.GetValue<bool>() != true);

    public IReadOnlyList<ArmResource> OfType(string type) =>
        [.. AllResources.Where(resource => string.Equals(resource.Type, type, StringComparison.OrdinalIgnoreCase))];

    public ArmResource Single(string type) => OfType(type) is [var only] ? only : throw new InvalidOperationException($"Expected one {type}, found {OfType(type).Count}.");

    public JsonObject Parameters => Body["parameters"]?.AsObject() ?? [];

    public JsonObject Outputs => Body["outputs"]?.AsObject() ?? [];

    /// <summary>The nested template deployed as the module <paramref name="module"/> of this template.</summary>
    internal ArmTemplate Nested(JsonObject deployment, string module) =>
        new(deployment["properties"]?["template"]?.AsObject() ?? throw new InvalidOperationException($"Module {module} has no template."),
            module, this, deployment["properties"]?["parameters"]?.AsObject());

    /// <summary>The literal a plain parameter or variable reference stands for; any other value as it is.</summary>
    public JsonNode? Resolve(JsonNode? value)
    {
        if (value is not JsonValue leaf || !leaf.TryGetValue<string>(out var text) || PlainReference().Match(text) is not { Success: true } match)
        {
            return value;
        }

        var name = match.Groups["name"].Value;
        var target = match.Groups["kind"].Value == "variables"
            ? Resolve(Body["variables"]?[name] ?? throw new InvalidOperationException($"{Module}: no variable {name}."))
            : ResolveParameter(name);
        foreach (var property in match.Groups["path"].Value.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            target = Resolve(target?[property]);
        }

        return target;
    }

    public string? ResolveString(JsonNode? value) => Resolve(value)?.GetValue<string>();

    private JsonNode? ResolveParameter(string name)
    {
        if (DeploymentParameters?[name] is JsonObject passed)
        {
            // Bicep evaluates module parameters in the calling template (expressionEvaluationOptions: inner).
            return Parent!.Resolve(passed["value"]);
        }

        var declared = Parameters[name] ?? throw new InvalidOperationException($"{Module}: no parameter {name}.");
        return declared["defaultValue"] is { } defaultValue ? Resolve(defaultValue) : JsonValue.Create($"[parameters('{name}')]");
    }

    [GeneratedRegex(@"^\[(?<kind>parameters|variables)\('(?<name>[A-Za-z0-9_]+)'\)(?<path>(\.[A-Za-z0-9_]+)*)\]$")]
    private static partial Regex PlainReference();
}

/// <summary>One resource of a compiled template, with the template it sits in.</summary>
internal sealed record ArmResource(JsonObject Body, ArmTemplate Template)
{
    public string Type => Body["type"]!.GetValue<string>();

    public string Name => Body["name"]!.GetValue<string>();

    public string? Condition => Body["condition"]?.GetValue<string>();

    public string? Scope => Body["scope"]?.GetValue<string>();

    public JsonObject Properties => Body["properties"]?.AsObject() ?? [];

    /// <summary>The node at a dot-separated path below the resource ("properties.siteConfig.minTlsVersion"), resolved.</summary>
    public JsonNode? At(string path)
    {
        JsonNode? node = Body;
        foreach (var step in path.Split('.'))
        {
            node = Template.Resolve(node?[step]);
        }

        return node;
    }

    public string? StringAt(string path) => At(path)?.GetValue<string>();

    public ArmTemplate ModuleTemplate => Template.Nested(Body, Name);
}
