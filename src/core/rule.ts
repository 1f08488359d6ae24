/**
 * A rule is a unit, as in ESLint: plain metadata that tools read without running it, and a
 * `create` that reports findings. Message ids and their {{placeholders}} are checked by the
 * compiler, so a rule cannot report a message it does not declare nor forget its data.
 */
import type { CellRef, FindingFix, FindingKind, FindingSuggestion, Severity, ValueType } from './finding';
import type { WorkbookView } from './view';

/** "El total {{year}} no cuadra con {{sum}}" → "year" | "sum". */
export type Placeholders<S extends string> = S extends `${string}{{${infer P}}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

export type MessageData<S extends string> = [Placeholders<S>] extends [never]
  ? { data?: undefined }
  : { data: Record<Placeholders<S>, string | number> };

export interface RuleMeta<Messages extends Record<string, string>> {
  /** Stable id, "group/name"; equal to the rule's file path under src/rules. */
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** One line, Spanish, starting with a verb. */
  description: string;
  /** The same line in English. */
  descriptionEn: string;
  /** Messages keyed by id, Spanish, with {{placeholders}}. */
  messages: Messages;
  /** The same messages in English, with the same ids and placeholders. */
  messagesEn: { [K in keyof Messages]: string };
  /** A short human title for people (the pane's card, the guide): Spanish, then English. */
  title: string;
  titleEn: string;
  /** True when some findings carry a safe automatic `fix`. */
  fixable?: boolean;
}

export type ReportDescriptor<Messages extends Record<string, string>> = {
  [K in keyof Messages & string]: {
    messageId: K;
    sheet: string;
    range: string;
    expected?: string | number | boolean | null;
    actual?: string | number | boolean | null;
    related?: CellRef[];
    fix?: FindingFix;
    suggestions?: FindingSuggestion[];
    valueType?: ValueType;
    /**
     * 0..1, how sure the rule is of this finding. Without an explicit `severity`, it sets the
     * severity (severityFor), capped by the rule's default severity.
     */
    confidence?: number;
    /** Overrides the rule's default severity for this finding (e.g. a likely typo is a warning). */
    severity?: Severity;
  } & MessageData<Messages[K]>;
}[keyof Messages & string];

/** What a report carries once its types have done their job (the engine's view of it). */
export interface RawReport {
  messageId: string;
  sheet: string;
  range: string;
  data?: Record<string, string | number>;
  expected?: string | number | boolean | null;
  actual?: string | number | boolean | null;
  related?: CellRef[];
  fix?: FindingFix;
  suggestions?: FindingSuggestion[];
  valueType?: ValueType;
  confidence?: number;
  severity?: Severity;
}

export interface RuleContext<Messages extends Record<string, string>> {
  readonly workbook: WorkbookView;
  report(descriptor: ReportDescriptor<Messages>): void;
}

export interface Rule<Messages extends Record<string, string> = Record<string, string>> {
  meta: RuleMeta<Messages>;
  create(context: RuleContext<Messages>): void;
}

/** Identity at run time; at compile time it infers the messages so reports are typed. */
export function createRule<const Messages extends Record<string, string>>(rule: Rule<Messages>): Rule<Messages> {
  return rule;
}

/** Any rule, whatever its messages: what the engine and the index hold. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

/** Fills {{placeholders}} of a message. Unknown placeholders stay visible rather than vanish. */
export function interpolate(template: string, data: Record<string, string | number> | undefined): string {
  if (!data) return template;
  return template.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, key: string) =>
    Object.prototype.hasOwnProperty.call(data, key) ? String(data[key]) : whole,
  );
}
