using Contradictions.Packs.Yaml;

namespace Contradictions.Packs.Sections;

/// <summary>One pack file as read: its path in diagnostics and its sections.</summary>
internal sealed record PackFile(string Path, PackFileDto Dto);
