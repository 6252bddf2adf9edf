import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { t } from '../i18n';
import { PROPOSE_TITLES_REQUEST, type ProposeTitlesResult } from '../../../server/src/lsp/protocol';
import { pickAndApply } from './pickAndApply';

/**
 * « Plume : proposer des titres »: asks the server for candidates built from the focus keyphrase and
 * the article's salient phrases, shows them with their width, and puts the chosen one in place.
 */
export function proposeTitles(client: LanguageClient | undefined): Promise<boolean> {
  return pickAndApply<ProposeTitlesResult['candidates'][number]>(client, {
    request: PROPOSE_TITLES_REQUEST,
    nothing: t('Plume found nothing to build a title from (no keyphrase, no repeated phrase).'),
    title: t('Proposed titles (under 600 px)'),
    placeHolder: (current) => (current ? t('Current title: {0}', current) : t('The article has no title yet')),
    label: (c) => c.title,
    detail: (c) => `${c.width} px`,
  });
}
