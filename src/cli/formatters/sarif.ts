/**
 * `--format sarif`: SARIF 2.1.0 for code-review and CI tools. One run; the rules come from the
 * rule metadata; each result names its file (physical location) and its cell as `Hoja!A1`
 * (logical location), since a workbook has no lines.
 */
import { sheetReference, type AnyRule, type Finding, type Severity } from '../../core';
import type { FileReport } from '../report';
import { ruleDocPath, ruleFullDescription } from '../rule-docs';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** A file path as a relative URI reference: forward slashes, unsafe characters escaped. */
export function toUri(path: string): string {
  return encodeURI(path.replace(/\\/g, '/')).replace(/[?#]/g, encodeURIComponent);
}

function ruleDescriptor(rule: AnyRule) {
  const doc = ruleDocPath(rule.meta.id);
  return {
    id: rule.meta.id,
    name: rule.meta.id,
    shortDescription: { text: rule.meta.description },
    fullDescription: { text: ruleFullDescription(rule.meta.id, rule.meta.description) },
    // Relative to the repository (and to the installed package), where the page lives.
    helpUri: doc,
    help: { text: `${rule.meta.description}. Más información: ${doc}`, markdown: `[${rule.meta.id}](${doc})` },
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
    properties: { kind: rule.meta.kind, descriptionEn: rule.meta.descriptionEn },
  };
}

function result(finding: Finding, ruleIndex: number, uri: string, artifactIndex: number) {
  const properties: Record<string, unknown> = { kind: finding.kind, sheet: finding.sheet, range: finding.range };
  if (finding.expected !== undefined) properties.expected = finding.expected;
  if (finding.actual !== undefined) properties.actual = finding.actual;
  if (finding.fix) properties.fix = finding.fix;
  if (finding.confidence !== undefined) properties.confidence = finding.confidence;
  if (finding.also?.length) properties.also = finding.also;
  return {
    ruleId: finding.rule,
    ...(ruleIndex >= 0 ? { ruleIndex } : {}),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: { artifactLocation: { uri, index: artifactIndex } },
        logicalLocations: [
          { name: finding.range, fullyQualifiedName: sheetReference(finding.sheet, finding.range), kind: 'element' },
        ],
      },
    ],
    ...(finding.related?.length
      ? {
          relatedLocations: finding.related.map((ref, id) => ({
            id,
            physicalLocation: { artifactLocation: { uri, index: artifactIndex } },
            logicalLocations: [
              { name: ref.range, fullyQualifiedName: sheetReference(ref.sheet, ref.range), kind: 'element' },
            ],
          })),
        }
      : {}),
    properties,
  };
}

export function formatSarif(reports: readonly FileReport[], rules: readonly AnyRule[], version: string): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.meta.id, index]));
  const artifacts = reports.map((report) => ({ location: { uri: toUri(report.file) } }));
  const results = reports.flatMap((report, artifactIndex) =>
    report.findings.map((finding) =>
      result(finding, ruleIndex.get(finding.rule) ?? -1, artifacts[artifactIndex].location.uri, artifactIndex),
    ),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'planifica', version, semanticVersion: version, rules: rules.map(ruleDescriptor) } },
        artifacts,
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
