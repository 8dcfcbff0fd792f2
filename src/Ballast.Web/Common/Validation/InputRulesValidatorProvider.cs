using Ballast.Web.Common.Localization;
using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding.Validation;

namespace Ballast.Web.Common.Validation;

/// <summary>Puts <see cref="InputRules"/> beside the data annotations in the pages' model
/// validation, so a form refuses a value in the same words as the API.</summary>
public sealed class InputRulesValidatorProvider : IModelValidatorProvider
{
    public void CreateValidators(ModelValidatorProviderContext context)
    {
        var metadata = context.ModelMetadata;
        if (metadata.MetadataKind == ModelMetadataKind.Property && metadata.ContainerType is { } container && InputRules.IsInput(container)
            && container.GetProperty(metadata.PropertyName!) is { } property)
        {
            context.Results.Add(new ValidatorItem { Validator = new Rule(property), IsReusable = true });
        }
    }

    private sealed class Rule(System.Reflection.PropertyInfo property) : IModelValidator
    {
        public IEnumerable<ModelValidationResult> Validate(ModelValidationContext context)
        {
            var t = context.ActionContext.HttpContext.RequestServices.GetRequiredService<Texts>();
            return InputRules.Check(property.Name, property, context.Model, t) is { } message ? [new ModelValidationResult("", message)] : [];
        }
    }
}
