using System.Diagnostics.CodeAnalysis;
using Contradictions.Evaluation.Yaml;
using Contradictions.Packs.Testing;
using Contradictions.Text;
using YamlDotNet.Serialization;

// The sidecar reader builds its own deserializer for the shape named below.
[assembly: UnconditionalSuppressMessage("AOT", "IL3050", Scope = "member", Target = "M:Contradictions.Text.SourceMetadata.Parse(System.String,System.String)", Justification = Contradictions.Packs.Yaml.YamlShapes.NativeUse)]

namespace Contradictions.Packs.Yaml;

/// <summary>
/// The types that the library's YAML readers create and fill through reflection, and the deserializer builder that
/// keeps them. A trimmed or natively compiled build (the native tool) keeps only what code names, so every shape a
/// YAML file is read into is named here; one left out fails there alone, as "No parameterless constructor defined".
/// <c>YamlShapesTests</c> checks that every shape reachable from the files' top-level types is named.
/// </summary>
internal static class YamlShapes
{
    /// <summary>Why YamlDotNet's reflection builders may be used in the native tool despite their warning.</summary>
    public const string NativeUse = "The types it reflects on are kept by YamlShapes; the native tool's output is compared byte for byte with the framework-dependent tool's in .ci/run.";

    /// <summary>What YamlDotNet reflects on: the constructor it calls, the properties it sets and reads, and the
    /// interfaces that tell it a type is a list or a mapping.</summary>
    public const DynamicallyAccessedMemberTypes Reflected =
        DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.Interfaces;

    /// <summary>A new deserializer builder; the attributes keep the shapes of pack files, pack tests, gold files,
    /// conflict lists and sidecars whole wherever it is compiled in (the configuration's own shape is kept by its reader).</summary>
    [DynamicDependency(Reflected, typeof(PackFileDto))]
    [DynamicDependency(Reflected, typeof(LanguageDto))]
    [DynamicDependency(Reflected, typeof(ModalityDto))]
    [DynamicDependency(Reflected, typeof(RelativeDatesDto))]
    [DynamicDependency(Reflected, typeof(FactorsDto))]
    [DynamicDependency(Reflected, typeof(CuesDto))]
    [DynamicDependency(Reflected, typeof(CueWordsDto))]
    [DynamicDependency(Reflected, typeof(BaseFormsDto))]
    [DynamicDependency(Reflected, typeof(RelationDto))]
    [DynamicDependency(Reflected, typeof(EntityDto))]
    [DynamicDependency(Reflected, typeof(QualifierDto))]
    [DynamicDependency(Reflected, typeof(QualifierValueDto))]
    [DynamicDependency(Reflected, typeof(PredicateDto))]
    [DynamicDependency(Reflected, typeof(FactDto))]
    [DynamicDependency(Reflected, typeof(FactClaimDto))]
    [DynamicDependency(Reflected, typeof(PatternDto))]
    [DynamicDependency(Reflected, typeof(FrameDto))]
    [DynamicDependency(Reflected, typeof(PlaceDto))]
    [DynamicDependency(Reflected, typeof(RuleDto))]
    [DynamicDependency(Reflected, typeof(TestFileDto))]
    [DynamicDependency(Reflected, typeof(TestCaseDto))]
    [DynamicDependency(Reflected, typeof(ExpectedAssertion))]
    [DynamicDependency(Reflected, typeof(GoldFileDto))]
    [DynamicDependency(Reflected, typeof(GoldClaimDto))]
    [DynamicDependency(Reflected, typeof(ConflictListDto))]
    [DynamicDependency(Reflected, typeof(ListedConflictDto))]
    [DynamicDependency(Reflected, typeof(SourceMetadata))]
    [DynamicDependency(Reflected, typeof(List<string>))]
    [DynamicDependency(Reflected, typeof(List<RelationDto>))]
    [DynamicDependency(Reflected, typeof(List<EntityDto>))]
    [DynamicDependency(Reflected, typeof(List<QualifierDto>))]
    [DynamicDependency(Reflected, typeof(List<QualifierValueDto>))]
    [DynamicDependency(Reflected, typeof(List<PredicateDto>))]
    [DynamicDependency(Reflected, typeof(List<FactDto>))]
    [DynamicDependency(Reflected, typeof(List<FactClaimDto>))]
    [DynamicDependency(Reflected, typeof(List<PatternDto>))]
    [DynamicDependency(Reflected, typeof(List<FrameDto>))]
    [DynamicDependency(Reflected, typeof(List<TestCaseDto>))]
    [DynamicDependency(Reflected, typeof(List<ExpectedAssertion>))]
    [DynamicDependency(Reflected, typeof(List<GoldClaimDto>))]
    [DynamicDependency(Reflected, typeof(List<ListedConflictDto>))]
    [DynamicDependency(Reflected, typeof(List<SideItem>))]
    [DynamicDependency(Reflected, typeof(List<Dictionary<string, string>>))]
    [DynamicDependency(Reflected, typeof(Dictionary<string, string>))]
    [DynamicDependency(Reflected, typeof(Dictionary<string, int>))]
    [DynamicDependency(Reflected, typeof(Dictionary<string, double>))]
    [DynamicDependency(Reflected, typeof(Dictionary<string, List<string>>))]
    [DynamicDependency(Reflected, typeof(Dictionary<string, PlaceDto>))]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = NativeUse)]
    public static DeserializerBuilder NewDeserializerBuilder() => new();
}
