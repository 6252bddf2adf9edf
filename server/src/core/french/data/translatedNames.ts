// Names of companies, products and people that machine translation turns into French common words
// or French spellings: general knowledge of tech and business news, each with the name as written.
// Matched case-sensitive on whole words.
export const TRANSLATED_NAMES: readonly { readonly pattern: RegExp; readonly name: string }[] = [
  { pattern: /(?<![\p{L}])Perplexité(?![\p{L}])/gu, name: 'Perplexity' },
  { pattern: /(?<![\p{L}])Anthropique(?![\p{L}])/gu, name: 'Anthropic' },
  { pattern: /(?<![\p{L}])Ouvert ?IA(?![\p{L}])/gu, name: 'OpenAI' },
  { pattern: /(?<![\p{L}])IA ouverte(?![\p{L}])/gu, name: 'OpenAI' },
  { pattern: /(?<![\p{L}])Mustafa Soliman(?![\p{L}])/gu, name: 'Mustafa Suleyman' },
  { pattern: /(?<![\p{L}])Méta(?![\p{L}])/gu, name: 'Meta' },
  { pattern: /(?<![\p{L}])Étreinte ?Visage(?![\p{L}])/gu, name: 'Hugging Face' },
  { pattern: /(?<![\p{L}])Visage étreignant(?![\p{L}])/gu, name: 'Hugging Face' },
  { pattern: /(?<![\p{L}])Mi-parcours(?![\p{L}])/gu, name: 'Midjourney' },
  { pattern: /(?<![\p{L}])Diffusion stable(?![\p{L}])/gu, name: 'Stable Diffusion' },
  { pattern: /(?<![\p{L}])Gazouillis(?![\p{L}])/gu, name: 'Twitter' },
  { pattern: /(?<![\p{L}])Le Bord(?![\p{L}])/gu, name: 'The Verge' },
  { pattern: /(?<![\p{L}])Mou(?= (?:de|d’|pour|a|est))/gu, name: 'Slack' },
];

/** Roles after which a company's or person's name is expected (« PDG de Perplexité », « Alex Libre, cofondateur »). */
export const ROLE_WORDS = 'PDG|directeur|directrice|fondateur|fondatrice|cofondateur|cofondatrice|co-fondateur|co-fondatrice|président|présidente|patron|patronne|dirigeant|dirigeante|porte-parole|responsable|analyste|chercheur|chercheuse|ingénieur|ingénieure|employé|employée|salarié|salariée|investisseur|investisseuse';
