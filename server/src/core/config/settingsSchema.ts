// The settings specification: every `plume.*` setting once, with its type, bounds, default and
// description. Everything else is derived from this table: DEFAULT_SETTINGS and the normaliser
// (settings.ts), the editor's defaults used when merging with the project file (projectConfig.ts),
// package.json's contributions, schemas/plumerc.schema.json and the options in docs/rules.md
// (scripts/generate/generate.mjs).
import type { Localized } from '../base/i18n';

/** JSON schema of a setting's value, as package.json and the project file's schema carry it. */
export type SettingSchema =
  | { readonly type: 'integer' | 'number'; readonly minimum: number; readonly maximum?: number }
  | {
      readonly type: 'string';
      readonly enum?: readonly string[];
      readonly enumDescriptions?: readonly Localized[];
      readonly markdownEnumDescriptions?: readonly Localized[];
      readonly pattern?: string;
    }
  | { readonly type: 'boolean' }
  | { readonly type: 'array'; readonly items: { readonly type: 'string' } }
  | { readonly type: 'object'; readonly additionalProperties: { readonly type: 'string'; readonly enum: readonly string[] } };

export interface SettingSpec {
  /** The key under `plume.` (dotted for nested sections). */
  readonly key: string;
  readonly schema: SettingSchema;
  /** The default, as the editor reports it when the writer has not set the setting. */
  readonly default: unknown;
  readonly description: Localized;
  /** `window` for settings of the editor itself; `resource` (per folder) otherwise. */
  readonly scope?: 'window' | 'resource' | 'machine';
  /** Read by the client only: not part of the analysis settings nor of the project file. */
  readonly clientOnly?: boolean;
  /** The writer's own settings only: a project file (a cloned repository) may not set it. */
  readonly userOnly?: boolean;
  /** Tidies a valid string value (an endpoint loses its trailing slashes). */
  readonly clean?: (value: string) => string;
}

const int = (minimum: number, maximum?: number) => ({ type: 'integer' as const, minimum, ...(maximum !== undefined ? { maximum } : {}) });
const num = (minimum: number, maximum?: number) => ({ type: 'number' as const, minimum, ...(maximum !== undefined ? { maximum } : {}) });
const strings = { type: 'array' as const, items: { type: 'string' as const } };

export const SEVERITY_SETTINGS = ['off', 'hint', 'information', 'warning', 'error'] as const;

/** Every setting, in the order package.json lists them. */
export const SETTING_SPECS: readonly SettingSpec[] = [
  {
    key: 'minWords',
    default: 700,
    schema: int(0),
    description: { fr: 'Nombre minimal de mots du corps de l’article (règle `min-words`).', en: 'Minimum number of words in the body (rule `min-words`).' },
  },
  {
    key: 'maxWordsPerSection',
    default: 300,
    schema: int(1),
    description: {
      fr: 'Nombre maximal de mots sans intertitre H2 ou H3 (règle `subheadings`).',
      en: 'Maximum number of words without an H2 or H3 heading (rule `subheadings`).',
    },
  },
  {
    key: 'subheadingForm',
    default: 'noun',
    schema: { type: 'string', enum: ['noun', 'question'] },
    description: {
      fr: 'Forme des intertitres qu’écrit « Insérer des intertitres » : `noun`, un groupe nominal ; `question`, une question quand la section répond à une (« Comment installer Jekyll ? »). L’autre forme est proposée à côté.',
      en: 'Form of the headings « Insert subheadings » writes: `noun`, a noun phrase; `question`, a question when the section answers one (« Comment installer Jekyll ? »). The other form is offered beside it.',
    },
  },
  {
    key: 'rules',
    default: {},
    schema: { type: 'object', additionalProperties: { type: 'string', enum: SEVERITY_SETTINGS } },
    description: {
      fr: 'Gravité de chaque règle, par identifiant : `off`, `hint`, `information`, `warning` ou `error`.',
      en: 'Severity of each rule, by id: `off`, `hint`, `information`, `warning` or `error`.',
    },
  },
  {
    key: 'frontMatter.titleFields',
    default: ['title'],
    schema: strings,
    description: { fr: 'Champs du front matter qui portent le titre, dans l’ordre de préférence.', en: 'Front-matter fields holding the title, in order of preference.' },
  },
  {
    key: 'frontMatter.descriptionField',
    default: 'description',
    schema: { type: 'string' },
    description: {
      fr: 'Champ du front matter où Plume écrit une méta-description générée (le premier de `frontMatter.descriptionFields` quand celui-ci est réglé).',
      en: 'Front-matter field Plume writes a generated meta description into (the first of `frontMatter.descriptionFields` when that is set).',
    },
  },
  {
    key: 'frontMatter.descriptionFields',
    default: ['description'],
    schema: { type: 'array', items: { type: 'string' } },
    description: {
      fr: 'Champs du front matter qui servent de méta-description, dans l’ordre : le premier rempli l’emporte (« excerpt », « summary », « tagline »… selon le site). Plume le détecte d’après la configuration du générateur ou les articles du site ; ce réglage passe avant.',
      en: 'Front-matter fields that serve as the meta description, in order: the first filled one wins (« excerpt », « summary », « tagline »… depending on the site). Plume detects it from the generator’s configuration or the site’s articles; this setting comes first.',
    },
  },
  {
    key: 'headingOffset',
    default: 0,
    schema: int(0, 5),
    description: {
      fr: 'Niveaux que le site ajoute aux titres du corps à l’affichage (1 : un « # » s’affiche en H2, comme avec certaines options markdown-it d’Eleventy). Les règles jugent les titres au niveau affiché. Détecté d’après la configuration ou les articles du site ; ce réglage passe avant.',
      en: 'Levels the site adds to body headings when rendering them (1: a « # » renders as H2, as with some Eleventy markdown-it options). Rules judge headings at their rendered level. Detected from the configuration or the site’s articles; this setting comes first.',
    },
  },
  {
    key: 'slugStyle',
    default: 'auto',
    schema: { type: 'string', enum: ['auto', 'github', 'kramdown', 'markdown-it', 'mkdocs'] },
    description: {
      fr: 'Comment le générateur fait l’ancre d’un titre, pour vérifier les liens « #… » de la page (règle `anchor-links`) et les garder quand un correctif change un titre. `auto` accepte toutes les façons connues.',
      en: 'How the generator makes a heading’s anchor, to check the page’s « #… » links (rule `anchor-links`) and keep them when a fix changes a heading. `auto` accepts every known way.',
    },
  },
  {
    key: 'descriptionFromExcerpt',
    default: false,
    schema: { type: 'boolean' },
    description: {
      fr: 'Le générateur tire la méta-description du premier paragraphe quand le front matter n’en a pas (Jekyll avec jekyll-seo-tag, Hugo, Docusaurus) : `description-missing` ne signale alors pas son absence.',
      en: 'The generator takes the meta description from the first paragraph when the front matter has none (Jekyll with jekyll-seo-tag, Hugo, Docusaurus): `description-missing` then does not report it missing.',
    },
  },
  {
    key: 'frontMatter.keyphraseFields',
    default: ['keyphrase', 'keywords'],
    schema: strings,
    description: {
      fr: 'Champs du front matter qui portent l’expression clé (une liste donne sa première entrée).',
      en: 'Front-matter fields holding the focus keyphrase (a list gives its first entry).',
    },
  },
  {
    key: 'typography.space',
    default: 'narrow',
    schema: {
      type: 'string',
      enum: ['narrow', 'regular', 'off'],
      enumDescriptions: [
        { fr: 'Espace fine insécable (U+202F).', en: 'Narrow no-break space (U+202F).' },
        { fr: 'Espace insécable (U+00A0).', en: 'No-break space (U+00A0).' },
        { fr: 'Pas de vérification des espaces insécables.', en: 'No check of no-break spaces.' },
      ],
    },
    description: {
      fr: 'Espace insécable avant `; : ! ? »` et après `«` (règle `typo-nbsp`).',
      en: 'No-break space before `; : ! ?` and `»` and after `«` (rule `typo-nbsp`): `narrow` (U+202F, default), `regular` (U+00A0) or `off`.',
    },
  },
  {
    key: 'typography.apostrophe',
    default: 'typographic',
    schema: {
      type: 'string',
      enum: ['typographic', 'straight', 'off'],
      enumDescriptions: [
        { fr: 'Apostrophe typographique ’.', en: 'Typographic apostrophe ’.' },
        { fr: "Apostrophe droite '.", en: "Straight apostrophe '." },
        { fr: 'Pas de vérification des apostrophes.', en: 'No check of apostrophes.' },
      ],
    },
    description: {
      fr: 'Apostrophe préférée dans les mots comme « l’expertise » (règle `typo-apostrophe`).',
      en: "Preferred apostrophe (rule `typo-apostrophe`): `typographic` (’), `straight` (') or `off`.",
    },
  },
  {
    key: 'locale',
    default: 'auto',
    schema: { type: 'string', enum: ['auto', 'fr', 'en'] },
    description: {
      fr: 'Langue des messages, de la barre d’état et du rapport de Plume : `auto` suit la langue de VS Code.',
      en: 'Language of Plume’s messages, status bar and report: `auto` follows VS Code’s display language.',
    },
  },
  {
    key: 'maxDocumentSize',
    default: 2_000_000,
    schema: int(1000),
    description: {
      fr: 'Au-delà de ce nombre de caractères, seule la première partie du document est analysée (diagnostic `analysis-partial`), protection contre les fichiers démesurés (un livre d’un million de caractères est analysé en entier).',
      en: 'Beyond this many characters only the first part of the document is analysed (diagnostic `analysis-partial`), a protection against pathological files (a book of a million characters is analysed whole).',
    },
  },
  {
    key: 'maxDiagnostics',
    default: 1000,
    schema: int(0),
    description: {
      fr: 'Au plus ce nombre de remarques dans l’éditeur pour un fichier, les plus graves d’abord, puis une remarque qui compte les autres (0 : sans limite). VS Code n’en affiche pas plus de 1 000 par fichier ; les envoyer toutes ralentirait la frappe dans un long document. La ligne de commande les donne toutes.',
      en: 'At most this many findings in the editor for one file, the most severe first, then one that counts the others (0: no limit). VS Code shows no more than 1,000 per file; sending them all would slow typing in a long document. The command line gives them all.',
    },
  },
  {
    key: 'trace.server',
    default: 'off',
    schema: { type: 'string', enum: ['off', 'messages', 'verbose'] },
    scope: 'window',
    clientOnly: true,
    description: {
      fr: 'Trace des échanges avec le serveur de langue, dans la sortie « Plume ».',
      en: 'Trace of the exchanges with the language server, in the « Plume » output.',
    },
  },
  {
    key: 'notebooks.enabled',
    default: false,
    schema: { type: 'boolean' },
    scope: 'window',
    clientOnly: true,
    description: {
      fr: 'Vérifier aussi les cellules Markdown des notebooks (Jupyter…). Désactivé par défaut : une cellule est rarement un article entier, et les règles d’article (en-tête, longueur) signaleraient chaque cellule. Le serveur de langue redémarre quand ce réglage change.',
      en: 'Also check the Markdown cells of notebooks (Jupyter…). Off by default: a cell is rarely a whole article, and article rules (front matter, length) would flag every cell. The language server restarts when this changes.',
    },
  },
  {
    key: 'keyphrase.maxContentWords',
    default: 4,
    schema: int(1, 50),
    description: { fr: 'Nombre maximal de mots porteurs de sens de l’expression clé (règle `keyphrase-length`).', en: 'Maximum content words in the keyphrase (rule `keyphrase-length`).' },
  },
  {
    key: 'keyphrase.minDensity',
    default: 0.5,
    schema: num(0, 100),
    description: { fr: 'Densité minimale de l’expression clé, en % des mots (règle `keyphrase-density`).', en: 'Minimum keyphrase density, in % of words (rule `keyphrase-density`).' },
  },
  {
    key: 'keyphrase.maxDensity',
    default: 3,
    schema: num(0, 100),
    description: { fr: 'Densité maximale de l’expression clé, en % des mots (règle `keyphrase-density`).', en: 'Maximum keyphrase density, in % of words (rule `keyphrase-density`).' },
  },
  {
    key: 'keyphrase.minSubheadingShare',
    default: 30,
    schema: num(0, 100),
    description: {
      fr: 'Part minimale des intertitres H2/H3 qui contiennent l’expression clé, en % (règle `keyphrase-in-subheadings`).',
      en: 'Minimum share of H2/H3 subheadings holding the keyphrase, in % (rule `keyphrase-in-subheadings`).',
    },
  },
  {
    key: 'keyphrase.maxSubheadingShare',
    default: 75,
    schema: num(0, 100),
    description: {
      fr: 'Part maximale des intertitres H2/H3 qui contiennent l’expression clé, en % (règle `keyphrase-in-subheadings`).',
      en: 'Maximum share of H2/H3 subheadings holding the keyphrase, in % (rule `keyphrase-in-subheadings`).',
    },
  },
  {
    key: 'serp.titleMinPx',
    default: 200,
    schema: num(0),
    description: { fr: 'Largeur minimale du titre en pixels, en Arial 20 px (règle `title-length`).', en: 'Minimum title width in pixels, Arial 20 px (rule `title-length`).' },
  },
  {
    key: 'serp.titleMaxPx',
    default: 600,
    schema: num(0),
    description: { fr: 'Largeur maximale du titre en pixels, en Arial 20 px (règle `title-length`).', en: 'Maximum title width in pixels, Arial 20 px (rule `title-length`).' },
  },
  {
    key: 'serp.descriptionMaxPx',
    default: 920,
    schema: num(0),
    description: {
      fr: 'Largeur maximale de la méta-description en pixels, en Arial 14 px (règle `description-width`).',
      en: 'Maximum meta description width in pixels, Arial 14 px (rule `description-width`).',
    },
  },
  {
    key: 'readability.maxSentenceWords',
    default: 20,
    schema: int(1, 1000),
    description: { fr: 'Au-delà de ce nombre de mots, une phrase est longue (règle `sentence-length`).', en: 'Beyond this many words a sentence is long (rule `sentence-length`).' },
  },
  {
    key: 'readability.maxLongSentenceShare',
    default: 25,
    schema: num(0, 100),
    description: { fr: 'Part maximale de phrases longues, en % (règle `sentence-length`).', en: 'Maximum share of long sentences, in % (rule `sentence-length`).' },
  },
  {
    key: 'readability.minScore',
    default: 50,
    schema: num(-1000, 1000),
    description: { fr: 'Score de Kandel et Moles minimal (règle `readability`).', en: 'Minimum Kandel & Moles score (rule `readability`).' },
  },
  {
    key: 'readability.minTransitionShare',
    default: 30,
    schema: num(0, 100),
    description: { fr: 'Part minimale de phrases avec un mot de liaison, en % (règle `transition-words`).', en: 'Minimum share of sentences with a transition word, in % (rule `transition-words`).' },
  },
  {
    key: 'readability.minWordsForTransitions',
    default: 200,
    schema: int(0),
    description: {
      fr: 'Nombre de mots au-delà duquel les mots de liaison sont vérifiés (règle `transition-words`).',
      en: 'Number of words beyond which transition words are checked (rule `transition-words`).',
    },
  },
  {
    key: 'readability.maxPassiveShare',
    default: 10,
    schema: num(0, 100),
    description: { fr: 'Part maximale de phrases à la voix passive, en % (règle `passive-voice`).', en: 'Maximum share of passive sentences, in % (rule `passive-voice`).' },
  },
  {
    key: 'readability.sameStartRun',
    default: 3,
    schema: int(2, 100),
    description: {
      fr: 'Nombre de phrases de suite au même début à partir duquel la suite est signalée (règle `consecutive-sentences`).',
      en: 'Number of sentences in a row with the same start from which the run is reported (rule `consecutive-sentences`).',
    },
  },
  {
    key: 'readability.maxParagraphWords',
    default: 150,
    schema: int(1),
    description: { fr: 'Nombre maximal de mots d’un paragraphe (règle `paragraph-length`).', en: 'Maximum words in a paragraph (rule `paragraph-length`).' },
  },
  {
    key: 'assistant.provider',
    default: 'off',
    schema: {
      type: 'string',
      enum: ['off', 'vscode', 'openai-compatible'],
      markdownEnumDescriptions: [
        { fr: "Pas d’assistant (par défaut).", en: "No assistant (default)." },
        { fr: "Un modèle de langue proposé par VS Code.", en: "A language model offered by VS Code." },
        { fr: "Un serveur chat-completions compatible OpenAI.", en: "An OpenAI-compatible chat-completions server." },
      ],
    },
    scope: 'machine',
    userOnly: true,
    description: { fr: "Le modèle de langue de l’assistant de rédaction, facultatif. `off` (par défaut) : rien de l’assistant n’apparaît et rien n’est envoyé. `vscode` : un modèle proposé par VS Code (Copilot ou celui d’une autre extension), par l’API Language Model de VS Code. `openai-compatible` : un serveur chat-completions à l’adresse `#plume.assistant.endpoint#` (Ollama, llama.cpp, LM Studio, OpenAI…). Plume vérifie chaque proposition avec ses propres règles avant de la montrer. Réglage utilisateur uniquement.", en: "The optional writing assistant's language model. `off` (default): nothing of the assistant is shown and nothing is sent. `vscode`: a model VS Code offers (Copilot or another extension's), through VS Code's Language Model API. `openai-compatible`: a chat-completions server at `#plume.assistant.endpoint#` (Ollama, llama.cpp, LM Studio, OpenAI…). Plume checks every proposal with its own rules before showing it. User settings only." },
  },
  {
    key: 'assistant.model',
    default: '',
    schema: { type: 'string' },
    description: { fr: "Le modèle : une étiquette Ollama (`llama3.2`), un identifiant de modèle OpenAI, ou pour `vscode` un identifiant ou une famille de modèle (`gpt-4o`). Vide : le modèle par défaut du serveur, ou le premier que propose VS Code.", en: "The model: an Ollama tag (`llama3.2`), an OpenAI model id, or for `vscode` a model id or family (`gpt-4o`). Empty: the server's default, or the first model VS Code offers." },
  },
  {
    key: 'assistant.endpoint',
    default: '',
    schema: { type: 'string' },
    scope: 'machine',
    clean: (value) => value.replace(/\/+$/, ''),
    description: { fr: "Adresse de base du serveur compatible OpenAI ; Plume envoie à `{endpoint}/chat/completions`. Exemple pour un Ollama local : `http://127.0.0.1:11434/v1`. Réglage utilisateur uniquement (le `.plumerc.json` d’un projet peut aussi la donner).", en: "Base URL of the OpenAI-compatible server; Plume posts to `{endpoint}/chat/completions`. Example for a local Ollama: `http://127.0.0.1:11434/v1`. User settings only (a project's `.plumerc.json` may set it too)." },
  },
  {
    key: 'assistant.apiKeyEnv',
    default: '',
    // A variable name only: anything else (a pasted key) is ignored rather than sent.
    schema: { type: 'string', pattern: '^([A-Za-z_][A-Za-z0-9_]*)?$' },
    scope: 'machine',
    userOnly: true,
    description: { fr: "Le **nom** de la variable d’environnement qui contient la clé d’API (par exemple `OPENAI_API_KEY`), envoyée en `Authorization: Bearer`. Ne mettez jamais la clé elle-même dans les réglages. Vide : pas de clé (serveurs locaux).", en: "The **name** of the environment variable holding the API key (for example `OPENAI_API_KEY`), sent as `Authorization: Bearer`. Never put the key itself in settings. Empty: no key (local servers)." },
  },
  {
    key: 'assistant.timeoutSeconds',
    default: 60,
    schema: int(1, 3600),
    description: { fr: "Une requête au modèle plus longue que ce délai est abandonnée.", en: "A request to the model that takes longer is abandoned." },
  },
  {
    key: 'words',
    default: [],
    schema: strings,
    description: {
      fr: 'Mots que vous acceptez : l’orthographe (`spelling`) et les anglicismes (`anglicisms`) ne les signalent pas. « Ajouter au dictionnaire » les écrit dans `.plumerc.json`, lu aussi par la ligne de commande ; ceux des réglages et ceux du fichier s’additionnent.',
      en: 'Words you accept: spelling (`spelling`) and anglicisms (`anglicisms`) do not report them. « Add to dictionary » writes them to `.plumerc.json`, which the command line reads too; the settings’ words and the file’s add up.',
    },
  },
  {
    key: 'articleFindingsInEditor',
    default: false,
    schema: { type: 'boolean' },
    description: {
      fr: 'Montrer aussi dans l’éditeur, en information au début du titre, les constats sur l’article entier (pas d’expression clé, pas de lien, part des phrases…) ; ils sont toujours dans le rapport SEO et la barre d’état.',
      en: 'Also show in the editor, as information at the start of the title, the findings about the whole article (no keyphrase, no link, share of sentences…); they are always in the SEO report and the status bar.',
    },
  },
];

const BY_KEY = new Map(SETTING_SPECS.map((s) => [s.key, s]));

/** The default of a setting, by its dotted key (undefined for an unknown key). */
export function settingDefault(key: string): unknown {
  return BY_KEY.get(key)?.default;
}
