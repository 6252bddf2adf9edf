import { typographyRule } from './typography';

export const typoEllipsisRule = typographyRule('typo-ellipsis', {
  name: { fr: 'Points de suspension', en: 'Ellipsis' },
  description: {
    fr: 'Trois points « ... » deviennent le caractère « … ». Quatre points ou plus, et les points collés à un mot (« ...props ») ne sont pas touchés.',
    en: 'Three dots « ... » become the ellipsis character « … ». Four dots or more, and dots glued to a following word (« ...props ») are left alone.',
  },
  defaultSeverity: 'information',
});
