using System.Reflection;
using ScrutinyReports.Rendering.Views;

namespace ScrutinyReports.Rendering.Html;

/// <summary>
/// The only .NET members a template can reach: public instance properties declared by the report's view types
/// (namespace <c>ScrutinyReports.Rendering.Views</c>). Nothing in the domain model, no methods, nothing of System.
/// </summary>
internal static class ViewMembers
{
    private static readonly string ViewNamespace = typeof(PanelPackView).Namespace!;

    public static bool IsVisible(MemberInfo member) =>
        member is PropertyInfo { GetMethod: { IsPublic: true, IsStatic: false } } property
        && property.GetIndexParameters().Length == 0
        && property.DeclaringType?.Namespace == ViewNamespace;

    /// <summary>What a template may write: text, numbers, yes/no, and markup the application built.</summary>
    public static bool IsWritable(object value) =>
        value is string or TrustedHtml or bool or int or long or double or decimal;
}
