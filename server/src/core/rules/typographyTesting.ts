// Helpers for the typography tests (not used by the product).
import { fixArticle } from '../pipeline/fixAll';
import { normalizeSettings } from '../config/settings';
import { checkRule } from './testing';

/** A French paragraph long enough for the language check, placed before `body`. */
export const FRENCH = 'Le chat de la voisine est sur le toit et il ne veut pas descendre avec nous.\n\n';

/** Shows no-break spaces: narrow as ⍽, ordinary as °. */
export function show(text: string): string {
  return text.replace(/\u202f/g, '⍽').replace(/\u00a0/g, '°');
}

/** The text after fix-all's typography part, with no-break spaces shown. */
export function fixed(body: string, settings: Record<string, unknown> = {}): string {
  const text = FRENCH + body;
  const out = fixArticle(text, normalizeSettings({ locale: 'fr', ...settings }), { cleanup: false }).text;
  return show(out.slice(out.startsWith(FRENCH) ? FRENCH.length : 0));
}

/** The spans one rule reports on `body`, shown. */
export function reported(ruleId: string, body: string, settings: Record<string, unknown> = {}): string[] {
  return checkRule(ruleId, FRENCH + body, settings).map((f) => show(f.spanText));
}
