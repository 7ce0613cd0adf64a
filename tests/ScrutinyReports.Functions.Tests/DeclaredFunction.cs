using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker.Core.FunctionMetadata;

namespace ScrutinyReports.Functions.Tests;

/// <summary>A function as the worker declares it to the host: its entry point, bindings and retry policy.</summary>
internal sealed record DeclaredFunction(string Name, string ScriptFile, string EntryPoint, IReadOnlyList<JsonObject> Bindings, DeclaredRetry? Retry)
{
    /// <summary>Where the worker's metadata comes from: the source-generated provider, or functions.metadata as built.</summary>
    public const string Generated = "generated provider";

    public const string FunctionsMetadataFile = "functions.metadata";

    public JsonObject Trigger => Assert.Single(Bindings, binding => Text(binding, "type").EndsWith("Trigger", StringComparison.Ordinal));

    public static async Task<IReadOnlyDictionary<string, DeclaredFunction>> ReadAsync(string source) => source switch
    {
        Generated => await FromGeneratedProviderAsync(),
        FunctionsMetadataFile => FromFunctionsMetadata(),
        _ => throw new ArgumentOutOfRangeException(nameof(source), source, "No such metadata source."),
    };

    public static string Text(JsonObject binding, string property) =>
        binding[property]?.GetValue<string>() ?? throw new InvalidOperationException($"Binding {binding.ToJsonString()} has no {property}.");

    /// <summary>The method the entry point names ("Namespace.Class.Method"), found on the app's own assembly.</summary>
    public MethodInfo ResolveEntryPoint()
    {
        var split = EntryPoint.LastIndexOf('.');
        var type = typeof(FunctionsAppSetup).Assembly.GetType(EntryPoint[..split], throwOnError: true)!;
        return Assert.Single(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static), method => method.Name == EntryPoint[(split + 1)..]);
    }

    // The host asks the worker for metadata (worker indexing); the Worker.Sdk generator compiles the answer into the app.
    private static async Task<IReadOnlyDictionary<string, DeclaredFunction>> FromGeneratedProviderAsync()
    {
        var providerType = Assert.Single(typeof(FunctionsAppSetup).Assembly.GetTypes(), type => typeof(IFunctionMetadataProvider).IsAssignableFrom(type) && type is { IsClass: true, IsAbstract: false });
        var provider = (IFunctionMetadataProvider)Activator.CreateInstance(providerType, nonPublic: true)!;
        var functions = await provider.GetFunctionMetadataAsync(AppContext.BaseDirectory);
        return functions.ToDictionary(
            function => function.Name!,
            function => new DeclaredFunction(
                function.Name!,
                function.ScriptFile!,
                function.EntryPoint!,
                [.. function.RawBindings!.Select(binding => JsonNode.Parse(binding)!.AsObject())],
                function.Retry is { } retry ? new DeclaredRetry(JsonNamingPolicy.CamelCase.ConvertName(retry.Strategy.ToString()!), retry.MaxRetryCount, retry.DelayInterval) : null));
    }

    // What the build writes beside the app, and the host reads when worker indexing is off.
    private static Dictionary<string, DeclaredFunction> FromFunctionsMetadata()
    {
        var functions = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")))!.AsArray();
        return functions.Select(function => function!.AsObject()).ToDictionary(
            function => Text(function, "name"),
            function => new DeclaredFunction(
                Text(function, "name"),
                Text(function, "scriptFile"),
                Text(function, "entryPoint"),
                [.. function["bindings"]!.AsArray().Select(binding => binding!.AsObject())],
                function["retry"] is JsonObject retry
                    ? new DeclaredRetry(Text(retry, "strategy"), retry["maxRetryCount"]!.GetValue<int>(), TimeSpan.Parse(Text(retry, "delayInterval"), CultureInfo.InvariantCulture))
                    : null));
    }
}

/// <summary>A function's retry policy, as the host applies it to a failed invocation.</summary>
internal sealed record DeclaredRetry(string Strategy, int? MaxRetryCount, TimeSpan? DelayInterval);
