import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { t } from '../i18n';
import { PROPOSE_DESCRIPTIONS_REQUEST, type ProposeDescriptionsResult } from '../../../server/src/lsp/protocol';
import { pickAndApply } from './pickAndApply';

/**
 * « Plume : proposer des méta-descriptions »: asks the server for its three candidates (whole
 * sentences, 120–156 characters, 920 px), shows them with their length, and writes the chosen one.
 */
export function proposeDescriptions(client: LanguageClient | undefined): Promise<boolean> {
  return pickAndApply<ProposeDescriptionsResult['candidates'][number]>(client, {
    request: PROPOSE_DESCRIPTIONS_REQUEST,
    nothing: t('Plume found no sentence to build a description from.'),
    title: t('Proposed meta descriptions (whole sentences, 120–156 characters)'),
    placeHolder: (current) => (current ? t('Current description: {0}', current) : t('The article has no description yet')),
    label: (c) => c.description,
    detail: (c) => `${c.length} · ${c.width} px`,
  });
}
