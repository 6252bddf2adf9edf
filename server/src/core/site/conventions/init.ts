// `plume init`: a commented `.plumerc.json` from what Plume detected, so that a team shares one
// configuration. Comments are allowed in the file (JSON with comments, read by parseProjectConfig).
import { conventionsToConfig, describeConventions, type SiteConventions } from '../../config/conventions';
import type { Locale } from '../../base/i18n';

export function writeProjectFile(c: SiteConventions, locale: Locale): string {
  const fr = locale === 'fr';
  const config = conventionsToConfig(c);
  const lines: string[] = ['{'];
  lines.push(fr ? '  // Réglages Plume du site, partagés par l’équipe. Écrits par « plume init » d’après :' : '  // Plume settings for the site, shared by the team. Written by « plume init » from:');
  const detected = describeConventions(c, locale);
  for (const d of detected) lines.push(`  //   - ${d}`);
  if (detected.length === 0) lines.push(fr ? '  //   (rien de détecté : les valeurs par défaut s’appliquent)' : '  //   (nothing detected: the defaults apply)');
  lines.push(fr ? '  // Les réglages de l’éditeur (plume.*) passent avant ce fichier.' : '  // The editor’s settings (plume.*) come before this file.');
  const entries: string[] = [];
  const comment = (fr: string, en: string): string => `  // ${locale === 'fr' ? fr : en}\n`;
  if (config.headingOffset !== undefined) {
    entries.push(`${comment('Niveaux ajoutés aux titres du corps par le site (1 : un « # » s’affiche en H2).', 'Levels the site adds to body headings (1: a « # » renders as H2).')}  "headingOffset": ${JSON.stringify(config.headingOffset)}`);
  }
  const fm = (config.frontMatter ?? {}) as Record<string, unknown>;
  if (fm.titleFields) entries.push(`${comment('Champs du titre, dans l’ordre.', 'Title fields, in order.')}  "frontMatter.titleFields": ${JSON.stringify(fm.titleFields)}`);
  if (fm.descriptionFields) {
    entries.push(`${comment('Champs de la méta-description, dans l’ordre.', 'Meta description fields, in order.')}  "frontMatter.descriptionFields": ${JSON.stringify(fm.descriptionFields)}`);
  }
  if (config.descriptionFromExcerpt !== undefined) {
    entries.push(
      `${comment('Sans description, le site prend le premier paragraphe : pas d’alerte de description absente.', 'Without a description the site takes the first paragraph: no missing-description warning.')}  "descriptionFromExcerpt": ${JSON.stringify(config.descriptionFromExcerpt)}`,
    );
  }
  if (config.slugStyle !== undefined) {
    entries.push(`${comment('Comment le site fait les ancres des titres (liens « #… »).', 'How the site makes heading anchors (« #… » links).')}  "slugStyle": ${JSON.stringify(config.slugStyle)}`);
  }
  if (entries.length > 0) lines.push(entries.join(',\n'));
  lines.push('}');
  return lines.join('\n') + '\n';
}
