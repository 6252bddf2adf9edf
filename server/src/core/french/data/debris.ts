// What a page pasted from a browser leaves behind, as line patterns (whole lines, case-insensitive).
// General knowledge of news and blog templates, not tuned on the corpus.

/** Lines pointing to the source or asking to share or subscribe: « Source link », « Partager sur Facebook ». */
export const SOURCE_LINE =
  /^(?:source\s+link|sources?\s+links?|lien\s+(?:source|d’origine|d'origine)|original\s+(?:article|story|post)|article\s+original|read\s+(?:more|the\s+(?:original|full)(?:\s+(?:article|story))?|next|also)|(?:à\s+)?lire\s+(?:aussi|également|la\s+suite)|share\s+(?:this|on|the|article|story|post|via)|share$|partager\s+(?:sur|cet|l’article|l'article|via)|partagez\s+(?:cet|sur)|sign\s+up\s+(?:for|to)|subscribe(?:\s+(?:to|now|for))?|abonnez-vous|inscrivez-vous\s+(?:à|a)\s+(?:notre|la)\s+newsletter|recevez\s+(?:notre|la)\s+newsletter|(?:notre\s+|the\s+)?newsletter$|get\s+the\s+newsletter|follow\s+us|suivez-nous)\b/iu;

/** The line explicitly credits a picture: « Crédit photo : … », « Photo : AFP », « © Reuters ». */
export const CREDIT_LINE =
  /^(?:(?:cr[ée]dits?|credits?)(?:\s+(?:photos?|images?|illustrations?))?\s*[:：-]|(?:photos?|images?|illustrations?|picture|source\s+(?:photo|image))\s*[:：]|©|\(c\)\s|copyright\b|photo\s+(?:by|credit|de|d’|d')\b|image\s+(?:by|credit|courtesy)\b)/iu;

/** Image banks and news agencies whose names make up photo credits (« Kelly Sullivan/Getty Images »). */
export const IMAGE_BANKS = [
  'getty images',
  'getty',
  'afp',
  'reuters',
  'associated press',
  'ap photo',
  'shutterstock',
  'istock',
  'istockphoto',
  'unsplash',
  'pexels',
  'pixabay',
  'alamy',
  'adobe stock',
  'depositphotos',
  '123rf',
  'dreamstime',
  'epa',
  'sipa',
  'abaca',
  'hans lucas',
  'nurphoto',
  'wikimedia commons',
  'flickr',
  'bloomberg via getty images',
  'freepik',
  'canva',
  'midjourney',
] as const;

/**
 * Interface words of English (and French) page templates left alone on a line, folded (lower case,
 * no final punctuation, digits as `#`).
 */
export const UI_LINES: ReadonlySet<string> = new Set([
  'advertisement',
  'sponsored',
  'sponsored content',
  'loading',
  'skip to content',
  'skip to main content',
  'click here',
  'show more',
  'see more',
  'load more',
  'copy link',
  'link copied',
  'tweet',
  'email',
  'print',
  'close',
  'menu',
  'search',
  'listen to this article',
  '# min read',
  'min read',
  'related',
  'related articles',
  'related stories',
  'recommended',
  'recommended for you',
  'trending',
  'most popular',
  'most read',
  'back to top',
  'sign in',
  'log in',
  'cookie settings',
  'accept all',
  'accept cookies',
  'play video',
  'watch',
  'comments',
  'leave a comment',
  'view comments',
  'continue reading',
  'see also',
  'top stories',
  'more from',
  'you may also like',
  'publicité',
  'lire la vidéo',
  'voir plus',
  'afficher plus',
]);

/** Pseudo-bullet marks a browser leaves when a list is copied as text. */
export const BULLET_MARKS = '•·▪‣◦●■□➢➤►✓✔◆○';
/** Dashes that start list lines only when two lines in a row do (a single one may be a dialogue line). */
export const DASH_MARKS = '–—';
