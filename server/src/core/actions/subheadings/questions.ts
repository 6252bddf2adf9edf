import type { Article } from '../../article/model';
import { analyses } from '../../french/lexicon/lexicon';
import type { Unit } from './units';

/** Sentences read at the start of a section to find the question it answers. */
const OPENING_SENTENCES = 4;

/**
 * The question a section answers, as a heading, when it says so itself: a short question among its
 * first sentences (« Comment organiser une visioconférence accessible ? »), or an opening « Pour +
 * infinitive …, » that states a goal (« Pour installer Jekyll sur macOS, ouvrez… » → « Comment
 * installer Jekyll sur macOS ? »). Undefined when it does neither: no question is made up.
 */
export function sectionQuestion(article: Article, units: readonly Unit[], from: number, to: number, space: string): string | undefined {
  let read = 0;
  for (let u = from; u < to && read < OPENING_SENTENCES; u++) {
    for (let b = units[u].blockStart; b < units[u].blockEnd && read < OPENING_SENTENCES; b++) {
      const block = article.blocks[b];
      if (block.kind !== 'paragraph') continue;
      for (let s = block.sentenceStart; s < block.sentenceEnd && read < OPENING_SENTENCES; s++, read++) {
        const sentence = article.sentences[s];
        const text = article.masked.slice(sentence.start, sentence.end).replace(/\s+/g, ' ').trim();
        const words = sentence.wordEnd - sentence.wordStart;
        if (/\?$/.test(text) && words >= 3 && words <= 12 && /^\p{Lu}/u.test(text) && !/[`[\]()*_]/.test(text)) {
          return text.replace(/[\s\u00a0\u202f]*\?$/, `${space}?`).replace(/'/g, '’');
        }
        const goal = /^Pour ([\p{L}’'-]+)((?: [\p{L}\p{N}’'-]+){1,7}),/u.exec(text);
        if (goal && analyses(goal[1]).some((a) => a.pos === 'infinitive')) {
          return `Comment ${goal[1]}${goal[2]}${space}?`.replace(/'/g, '’');
        }
      }
    }
  }
  return undefined;
}
