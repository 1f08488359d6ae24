/**
 * zod schemas of the snapshot (snapshot.ts), for data that crosses a boundary (JSON files,
 * Office.js payloads). Apart so that the engine does not load zod.
 */
import { z } from 'zod';

const errorValueSchema = z.object({ error: z.string().regex(/^#/) });
export const cellValueSchema = z.union([z.number(), z.string(), z.boolean(), errorValueSchema, z.null()]);

export const cellSchema = z.object({
  row: z.number().int().nonnegative(),
  col: z.number().int().nonnegative(),
  value: cellValueSchema,
  formula: z.string().optional(),
  array: z.boolean().optional(),
  numFmt: z.string().optional(),
  style: z
    .object({ bold: z.boolean().optional(), indent: z.number().optional(), fill: z.string().optional() })
    .optional(),
});

export const sheetSnapshotSchema = z.object({
  name: z.string().min(1).max(31),
  cells: z.array(cellSchema),
  merges: z.array(z.string()),
  usedRange: z.string().nullable(),
  hidden: z.boolean().optional(),
});

export const workbookSnapshotSchema = z.object({
  sheets: z.array(sheetSnapshotSchema),
  properties: z.record(z.string(), z.string()).optional(),
  definedNames: z.array(z.object({ name: z.string(), ref: z.string() })).optional(),
  unreadableSheets: z.array(z.object({ name: z.string(), reason: z.string() })).optional(),
});
