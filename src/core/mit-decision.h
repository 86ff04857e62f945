/* mit-decision.h: a decision recorded under an agenda item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_DECISION (mit_decision_get_type ())
G_DECLARE_FINAL_TYPE (MitDecision, mit_decision, MIT, DECISION, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "item-id" (the agenda item) (construct-only), "kind" (a MitDecisionKind),
 * "text" (the wording), "has-votes" (whether votes were counted),
 * "votes-yes" (yes votes (the store refuses negative counts)), "votes-no"
 * (no votes), "votes-abstain" (abstentions). */

MitDecision    *mit_decision_new               (gint64          item_id);
MitDecision    *mit_decision_copy              (MitDecision    *self);

gint64          mit_decision_get_id            (MitDecision    *self);
const char     *mit_decision_get_uid           (MitDecision    *self);
const char     *mit_decision_get_created       (MitDecision    *self);
const char     *mit_decision_get_modified      (MitDecision    *self);

gint64          mit_decision_get_item_id       (MitDecision    *self);
MitDecisionKind mit_decision_get_kind          (MitDecision    *self);
void            mit_decision_set_kind          (MitDecision    *self,
                                                MitDecisionKind kind);
const char     *mit_decision_get_text          (MitDecision    *self);
void            mit_decision_set_text          (MitDecision    *self,
                                                const char     *text);
gboolean        mit_decision_get_has_votes     (MitDecision    *self);
void            mit_decision_set_has_votes     (MitDecision    *self,
                                                gboolean        has_votes);
int             mit_decision_get_votes_yes     (MitDecision    *self);
void            mit_decision_set_votes_yes     (MitDecision    *self,
                                                int             votes_yes);
int             mit_decision_get_votes_no      (MitDecision    *self);
void            mit_decision_set_votes_no      (MitDecision    *self,
                                                int             votes_no);
int             mit_decision_get_votes_abstain (MitDecision    *self);
void            mit_decision_set_votes_abstain (MitDecision    *self,
                                                int             votes_abstain);

/* Sets the three counts and "has-votes". */
void            mit_decision_set_votes         (MitDecision    *self,
                                                int             yes,
                                                int             no,
                                                int             abstain);
/* "Acknowledgement", "Resolution", "Recommendation", translated. */
const char     *mit_decision_kind_get_label    (MitDecisionKind kind);
/* "7 yes, 1 no, 2 abstentions", or "" without votes. Caller frees. */
char           *mit_decision_format_votes      (MitDecision    *self);

/* For the store. */
void            _mit_decision_set_identity     (MitDecision    *self,
                                                gint64          id,
                                                const char     *uid,
                                                const char     *created,
                                                const char     *modified);

G_END_DECLS
