/**
 * The schema of planifica.config.json (see settings.ts for what the settings do). Apart from
 * settings.ts so that zod loads only where a settings file is read or edited.
 */
import { z } from 'zod';
import { RULE_SETTINGS } from './settings';

const nonEmpty = z.string().trim().min(1);
const year = z.number().int().min(2000).max(2100);

export const settingsSchema = z.strictObject({
  /** Editors' schema reference; ignored. */
  $schema: z.string().optional().describe('Ruta del esquema JSON para el editor.'),
  /** Rule id (or "group/*") → the most severe level its findings may have, or "off". */
  rules: z
    .record(nonEmpty, z.enum(RULE_SETTINGS))
    .optional()
    .describe('Severidad máxima por regla (id, "grupo/*" o "*"): error, warning, info u off.'),
  /** Catalogue entries the institution authorises besides the standard ones. */
  catalogs: z
    .strictObject({
      units: z.array(nonEmpty).optional().describe('Unidades de medida propias de la institución.'),
    })
    .optional()
    .describe('Entradas de catálogo que la institución autoriza además de las estándar.'),
  /** The plan's years: what `generate` writes when no --years is given. */
  years: z
    .strictObject({ from: year, to: year })
    .refine((y) => y.to >= y.from && y.to - y.from <= 9, {
      message: 'los años van de "from" a "to" (de 1 a 10 años)',
    })
    .optional()
    .describe('Años del plan, para generate sin --years.'),
});
export type Settings = z.infer<typeof settingsSchema>;
