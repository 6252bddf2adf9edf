import type { TypographySpace } from '../../config/settings';

/**
 * French typography on a generated text: the writer's no-break space before « ; : ! ? » and inside
 * guillemets, typographic apostrophes; spaces written by a translator before commas removed.
 */
export function frenchTypography(text: string, space: TypographySpace): string {
  let out = text.replace(/'/g, '’').replace(/\s+([,.])/g, '$1').replace(/\s{2,}/g, ' ');
  if (space === 'off') return out;
  const nb = space === 'narrow' ? '\u202f' : '\u00a0';
  out = out.replace(/[ \u00a0\u202f]*([;:!?»])/g, (m, p: string, offset: number) => {
    // A colon inside a URL or a time (« 10:30 ») takes no space.
    if (p === ':' && /\d$/.test(out.slice(0, offset)) && /^\d/.test(out.slice(offset + m.length))) return m;
    return `${nb}${p}`;
  });
  out = out.replace(/«[ \u00a0\u202f]*/g, `«${nb}`);
  return out;
}
