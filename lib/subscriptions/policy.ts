// The rules of email subscriptions, in one place for the code and the messages that explain them.

/** A confirmation link works this long after it was sent. */
export const CONFIRM_LINK_DAYS = 7;
export const CONFIRM_LINK_MS = CONFIRM_LINK_DAYS * 24 * 60 * 60 * 1000;

/** At most one confirmation email per address in this window, however often it is requested. */
export const CONFIRM_INTERVAL_MINUTES = 10;
export const CONFIRM_INTERVAL_MS = CONFIRM_INTERVAL_MINUTES * 60 * 1000;

/** The one answer to every anonymous request: it never says whether the address is known. */
export const CONFIRMATION_SENT_MESSAGE = `Check your inbox. If this address can receive email, a confirmation link is on its way (it works for ${CONFIRM_LINK_DAYS} days). Nothing is sent to you until you confirm.`;

/** A digest lists at most this many articles; the rest are a link to the full list. */
export const DIGEST_MAX_ARTICLES = 50;

/** The site newsletter: the most-read of the articles published since the last one. */
export const NEWSLETTER_ARTICLES = 10;
