/* mit-decision.c: a decision recorded under an agenda item
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeeting"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-decision.h"
#include "mit-record-private.h"

struct _MitDecision
{
  GObject   parent_instance;

  gint64    id;
  char     *uid;
  char     *created;
  char     *modified;
  gint64    item_id;
  MitDecisionKind kind;
  char     *text;
  gboolean  has_votes;
  int       votes_yes;
  int       votes_no;
  int       votes_abstain;
};

G_DEFINE_FINAL_TYPE (MitDecision, mit_decision, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_ITEM_ID,
  PROP_KIND,
  PROP_TEXT,
  PROP_HAS_VOTES,
  PROP_VOTES_YES,
  PROP_VOTES_NO,
  PROP_VOTES_ABSTAIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_decision_finalize (GObject *object)
{
  MitDecision *self = (MitDecision *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (mit_decision_parent_class)->finalize (object);
}

static void
mit_decision_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  MitDecision *self = MIT_DECISION (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_UID:
      g_value_set_string (value, self->uid);
      break;
    case PROP_CREATED:
      g_value_set_string (value, self->created);
      break;
    case PROP_MODIFIED:
      g_value_set_string (value, self->modified);
      break;
    case PROP_ITEM_ID:
      g_value_set_int64 (value, self->item_id);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_TEXT:
      g_value_set_string (value, mit_decision_get_text (self));
      break;
    case PROP_HAS_VOTES:
      g_value_set_boolean (value, self->has_votes);
      break;
    case PROP_VOTES_YES:
      g_value_set_int (value, self->votes_yes);
      break;
    case PROP_VOTES_NO:
      g_value_set_int (value, self->votes_no);
      break;
    case PROP_VOTES_ABSTAIN:
      g_value_set_int (value, self->votes_abstain);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_decision_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  MitDecision *self = MIT_DECISION (object);

  switch (prop_id)
    {
    case PROP_ITEM_ID:
      self->item_id = g_value_get_int64 (value);
      break;
    case PROP_KIND:
      mit_decision_set_kind (self, g_value_get_int (value));
      break;
    case PROP_TEXT:
      mit_decision_set_text (self, g_value_get_string (value));
      break;
    case PROP_HAS_VOTES:
      mit_decision_set_has_votes (self, g_value_get_boolean (value));
      break;
    case PROP_VOTES_YES:
      mit_decision_set_votes_yes (self, g_value_get_int (value));
      break;
    case PROP_VOTES_NO:
      mit_decision_set_votes_no (self, g_value_get_int (value));
      break;
    case PROP_VOTES_ABSTAIN:
      mit_decision_set_votes_abstain (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_decision_class_init (MitDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_decision_finalize;
  object_class->get_property = mit_decision_get_property;
  object_class->set_property = mit_decision_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_ITEM_ID] =
    g_param_spec_int64 ("item-id", NULL, NULL, 0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, MIT_DECISION_ACKNOWLEDGEMENT, MIT_DECISION_KIND_LAST, MIT_DECISION_ACKNOWLEDGEMENT, rw);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, "", rw);
  properties[PROP_HAS_VOTES] =
    g_param_spec_boolean ("has-votes", NULL, NULL, FALSE, rw);
  properties[PROP_VOTES_YES] =
    g_param_spec_int ("votes-yes", NULL, NULL, G_MININT, G_MAXINT, 0, rw);
  properties[PROP_VOTES_NO] =
    g_param_spec_int ("votes-no", NULL, NULL, G_MININT, G_MAXINT, 0, rw);
  properties[PROP_VOTES_ABSTAIN] =
    g_param_spec_int ("votes-abstain", NULL, NULL, G_MININT, G_MAXINT, 0, rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_decision_init (MitDecision *self)
{
}

/**
 * mit_decision_new:
 *
 * Returns: (transfer full): a new, unsaved record
 */
MitDecision *
mit_decision_new (gint64 item_id)
{
  return g_object_new (MIT_TYPE_DECISION, "item-id", item_id, NULL);
}

/**
 * mit_decision_copy:
 *
 * Returns: (transfer full): a copy with the same identity and values
 */
MitDecision *
mit_decision_copy (MitDecision *self)
{
  MitDecision *copy;

  g_return_val_if_fail (MIT_IS_DECISION (self), NULL);

  copy = mit_decision_new (self->item_id);
  copy->kind = self->kind;
  copy->text = g_strdup (self->text);
  copy->has_votes = self->has_votes;
  copy->votes_yes = self->votes_yes;
  copy->votes_no = self->votes_no;
  copy->votes_abstain = self->votes_abstain;
  copy->id = self->id;
  copy->uid = g_strdup (self->uid);
  copy->created = g_strdup (self->created);
  copy->modified = g_strdup (self->modified);
  return copy;
}

gint64
mit_decision_get_id (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), 0);
  return self->id;
}

const char *
mit_decision_get_uid (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), NULL);
  return self->uid;
}

const char *
mit_decision_get_created (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), NULL);
  return self->created;
}

const char *
mit_decision_get_modified (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), NULL);
  return self->modified;
}

gint64
mit_decision_get_item_id (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), 0);
  return self->item_id;
}

MitDecisionKind
mit_decision_get_kind (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), 0);
  return self->kind;
}

void
mit_decision_set_kind (MitDecision     *self,
                       MitDecisionKind  kind)
{
  g_return_if_fail (MIT_IS_DECISION (self));
  g_return_if_fail ((int)kind >= MIT_DECISION_ACKNOWLEDGEMENT && kind <= MIT_DECISION_KIND_LAST);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
mit_decision_get_text (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), NULL);
  return self->text ? self->text : "";
}

void
mit_decision_set_text (MitDecision *self,
                       const char  *text)
{
  g_return_if_fail (MIT_IS_DECISION (self));
  if (_mit_record_set_text (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

gboolean
mit_decision_get_has_votes (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), FALSE);
  return self->has_votes;
}

void
mit_decision_set_has_votes (MitDecision *self,
                            gboolean     has_votes)
{
  g_return_if_fail (MIT_IS_DECISION (self));

  has_votes = !!has_votes;
  if (self->has_votes == has_votes)
    return;
  self->has_votes = has_votes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_VOTES]);
}

int
mit_decision_get_votes_yes (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), 0);
  return self->votes_yes;
}

void
mit_decision_set_votes_yes (MitDecision *self,
                            int          votes_yes)
{
  g_return_if_fail (MIT_IS_DECISION (self));

  if (self->votes_yes == votes_yes)
    return;
  self->votes_yes = votes_yes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES_YES]);
}

int
mit_decision_get_votes_no (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), 0);
  return self->votes_no;
}

void
mit_decision_set_votes_no (MitDecision *self,
                           int          votes_no)
{
  g_return_if_fail (MIT_IS_DECISION (self));

  if (self->votes_no == votes_no)
    return;
  self->votes_no = votes_no;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES_NO]);
}

int
mit_decision_get_votes_abstain (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), 0);
  return self->votes_abstain;
}

void
mit_decision_set_votes_abstain (MitDecision *self,
                                int          votes_abstain)
{
  g_return_if_fail (MIT_IS_DECISION (self));

  if (self->votes_abstain == votes_abstain)
    return;
  self->votes_abstain = votes_abstain;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VOTES_ABSTAIN]);
}

void
_mit_decision_set_identity (MitDecision *self,
                            gint64       id,
                            const char  *uid,
                            const char  *created,
                            const char  *modified)
{
  GParamSpec *pspecs[] = {
    properties[PROP_ID], properties[PROP_UID], properties[PROP_CREATED], properties[PROP_MODIFIED]
  };

  g_return_if_fail (MIT_IS_DECISION (self));
  _mit_record_set_identity (self, pspecs, &self->id, &self->uid, &self->created, &self->modified,
                            id, uid, created, modified);
}

void
mit_decision_set_votes (MitDecision *self,
                        int          yes,
                        int          no,
                        int          abstain)
{
  g_return_if_fail (MIT_IS_DECISION (self));

  g_object_freeze_notify (G_OBJECT (self));
  mit_decision_set_votes_yes (self, yes);
  mit_decision_set_votes_no (self, no);
  mit_decision_set_votes_abstain (self, abstain);
  mit_decision_set_has_votes (self, TRUE);
  g_object_thaw_notify (G_OBJECT (self));
}

const char *
mit_decision_kind_get_label (MitDecisionKind kind)
{
  switch (kind)
    {
    case MIT_DECISION_RESOLUTION:
      return C_("decision kind", "Resolution");
    case MIT_DECISION_RECOMMENDATION:
      return C_("decision kind", "Recommendation");
    case MIT_DECISION_ACKNOWLEDGEMENT:
    default:
      return C_("decision kind", "Acknowledgement");
    }
}

/**
 * mit_decision_format_votes:
 *
 * Returns: (transfer full): the counts as people read them, "" without votes
 */
char *
mit_decision_format_votes (MitDecision *self)
{
  g_return_val_if_fail (MIT_IS_DECISION (self), NULL);

  if (!self->has_votes)
    return g_strdup ("");
  /* Translators: vote counts of a decision: yes, no, abstentions */
  return g_strdup_printf (_("%d yes, %d no, %d abstentions"),
                          self->votes_yes, self->votes_no, self->votes_abstain);
}
