/* mit-html-sanitize.h: the portal's HTML made safe, as a small document
 * tree for native widgets and as HTML for export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * MitHtmlStyle:
 * Flags of an inline run.
 */
typedef enum
{
  MIT_HTML_STYLE_NONE   = 0,
  MIT_HTML_STYLE_BOLD   = 1 << 0,  /* strong, b */
  MIT_HTML_STYLE_ITALIC = 1 << 1,  /* em, i */
} MitHtmlStyle;

/**
 * MitHtmlRun:
 * @text: UTF-8 with white space collapsed as a browser would; "\n" is a
 *   line break (br); never empty
 * @style: bold and italic
 * @href: the link target (http, https, mailto or tel, or what the link
 *   function made of it), NULL when the run is not a link
 *
 * A piece of text with one look.
 */
typedef struct
{
  char         *text;
  MitHtmlStyle  style;
  char         *href;
} MitHtmlRun;

/**
 * MitHtmlBlockKind:
 * @MIT_HTML_BLOCK_PARAGRAPH: text (runs); also what a div, a table cell or
 *   loose text becomes
 * @MIT_HTML_BLOCK_HEADING: a heading (runs) of a level 1–6
 * @MIT_HTML_BLOCK_LIST: a list (children: list items), numbered when
 *   @ordered
 * @MIT_HTML_BLOCK_LIST_ITEM: one entry of a list (children: blocks)
 * @MIT_HTML_BLOCK_QUOTE: a quotation (children: blocks)
 */
typedef enum
{
  MIT_HTML_BLOCK_PARAGRAPH,
  MIT_HTML_BLOCK_HEADING,
  MIT_HTML_BLOCK_LIST,
  MIT_HTML_BLOCK_LIST_ITEM,
  MIT_HTML_BLOCK_QUOTE,
} MitHtmlBlockKind;

/**
 * MitHtmlBlock:
 * @kind: what it is
 * @level: a heading's level (1–6), else 0
 * @ordered: whether a list is numbered
 * @runs: (element-type MitHtmlRun): the text of a paragraph or heading
 *   (never empty there), NULL for the others
 * @children: (element-type MitHtmlBlock): the blocks of a list, list item
 *   or quote (never empty there), NULL for the others
 */
typedef struct
{
  MitHtmlBlockKind  kind;
  guint             level;
  gboolean          ordered;
  GPtrArray        *runs;
  GPtrArray        *children;
} MitHtmlBlock;

/**
 * MitHtmlDocument:
 * @blocks: (element-type MitHtmlBlock): the top-level blocks
 *
 * What is left of a piece of HTML after sanitising: nested no deeper than
 * MIT_HTML_MAX_DEPTH, every block non-empty.
 */
typedef struct
{
  GPtrArray *blocks;
} MitHtmlDocument;

/* Lists and quotes nested deeper than this are flattened into their
 * parent. */
#define MIT_HTML_MAX_DEPTH 16

/**
 * MitHtmlLinkFunc:
 * @href: a link that survived sanitising (http, https, mailto, tel)
 * @portal_path: when @href points into the portal's web app
 *   (`https://integreat.app/augsburg/de/willkommen/`), the path of that
 *   page, event or location as the API spells it
 *   ("/augsburg/de/willkommen/", percent-escapes decoded, with a trailing
 *   slash): the stable key of a page. NULL for other links.
 * @user_data: the caller's data
 *
 * Lets the caller point links elsewhere, e.g. a link into the portal at
 * the local topic.
 *
 * Returns: (transfer full) (nullable): the new target, or NULL to keep
 *   @href. A new target is taken as it is, so the caller vouches for it.
 */
typedef char *(*MitHtmlLinkFunc) (const char *href,
                                  const char *portal_path,
                                  gpointer    user_data);

/**
 * MitHtmlOptions:
 * @web_app_base: where the portal's web app lives; NULL for
 *   "https://integreat.app/"
 * @link_func: (nullable): called once for every link
 * @user_data: for @link_func
 */
typedef struct
{
  const char      *web_app_base;
  MitHtmlLinkFunc  link_func;
  gpointer         user_data;
} MitHtmlOptions;

/* Reads @html (any text: never fails; invalid UTF-8 is repaired) into a
 * document. Kept: h1–h6, p, br, ul/ol/li, strong/b, em/i, blockquote and
 * a with an http, https, mailto or tel href. Dropped with their content:
 * script, style and the like (head, template, iframe, object, svg, math,
 * noscript, textarea, select). Every other tag is dropped and its text
 * kept; block-level ones (div, table cells …) end a paragraph. No attribute
 * but a's href survives. Entities are decoded; unclosed and misnested tags
 * are closed where a browser would. @options may be NULL. */
MitHtmlDocument *mit_html_document_parse    (const char            *html,
                                             const MitHtmlOptions  *options);
void             mit_html_document_free     (MitHtmlDocument       *self);

/* The document as HTML: only the tags above, balanced, text and href
 * escaped, UTF-8 text as it is. "" for an empty document. */
char            *mit_html_document_to_html  (const MitHtmlDocument *self);
/* The text alone, blocks separated by blank lines, list items by "• " or
 * "1. " on their own lines: for search and plain-text export. */
char            *mit_html_document_to_text  (const MitHtmlDocument *self);

/* mit_html_document_parse() and mit_html_document_to_html() in one. */
char            *mit_html_sanitize          (const char            *html,
                                             const MitHtmlOptions  *options);

/* The API path of a link into the portal's web app at @web_app_base (NULL
 * for "https://integreat.app/"): "https://integreat.app/augsburg/de/a/b"
 * gives "/augsburg/de/a/b/" (query and fragment dropped). NULL when @href
 * points elsewhere, or only at a start page (fewer than three segments:
 * region, language and page). */
char            *mit_html_portal_link_path  (const char            *href,
                                             const char            *web_app_base);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (MitHtmlDocument, mit_html_document_free)

G_END_DECLS
