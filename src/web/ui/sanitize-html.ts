import DOMPurify from 'dompurify';
import { isSafeLinkUrl } from '../../markdown/safe-link.js';

/** The only elements rendered Markdown may keep; anything else is dropped (its text stays). */
const ALLOWED_TAGS = [
  'p', 'br', 'em', 'strong', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
  'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del',
];

/** Attributes kept: href and title on links, start on ordered lists (a whole number). */
const ALLOWED_ATTRIBUTES = ['href', 'title', 'start'];
const ATTRIBUTES_OF: Record<string, readonly string[]> = { A: ['href', 'title'], OL: ['start'] };

/** http, https, mailto, or no scheme at all (a relative or fragment link). */
const ALLOWED_URI = /^(?:(?:https?|mailto):|[^a-z]|[a-z0-9+.-]+(?:[^a-z0-9+.\-:]|$))/i;

function createPurifier(): ReturnType<typeof DOMPurify> | null {
  if (typeof window === 'undefined') return null;
  const purifier = DOMPurify(window);
  // DOMPurify returns its input unchanged where it cannot run: then nothing is rendered as HTML.
  if (!purifier.isSupported) return null;
  purifier.addHook('uponSanitizeAttribute', (node, event) => {
    const allowed = ATTRIBUTES_OF[node.nodeName] ?? [];
    if (!allowed.includes(event.attrName)) event.keepAttr = false;
    // A list printed as "3. …" keeps its number; only digits are accepted.
    else if (event.attrName === 'start' && !/^\d{1,6}$/.test(event.attrValue)) event.keepAttr = false;
  });
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = node.getAttribute('href');
    if (href !== null && !isSafeLinkUrl(href)) node.removeAttribute('href');
    node.setAttribute('rel', 'noopener noreferrer');
  });
  return purifier;
}

const purifier = createPurifier();

/**
 * Sanitises HTML from the Markdown renderer with a strict allow-list: the elements above, only
 * href and title on links (links get rel="noopener noreferrer"), only safe link targets, and a
 * numeric start on ordered lists.
 * Returns null where no sanitiser can run, so the caller shows the text as plain text instead.
 */
export function sanitizeHtml(html: string): string | null {
  if (!purifier) return null;
  return purifier.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ALLOWED_ATTRIBUTES,
    ALLOWED_URI_REGEXP: ALLOWED_URI,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    ALLOW_UNKNOWN_PROTOCOLS: false,
    ALLOW_SELF_CLOSE_IN_ATTR: false,
    SAFE_FOR_XML: true,
    KEEP_CONTENT: true,
    WHOLE_DOCUMENT: false,
    RETURN_DOM: false,
    RETURN_DOM_FRAGMENT: false,
    RETURN_TRUSTED_TYPE: false,
  });
}
