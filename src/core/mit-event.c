/* mit-event.c: an event of the network (Veranstaltung, Workshop,
 * Netzwerktreffen)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitEvent"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "mit-event.h"
#include "mit-record-private.h"

/* The built-in "event-kind" labels, for xgettext: the migration
 * (resources/sql/0004-events.sql) stores them in English and
 * mit_store_get_vocabulary_label() translates them. */
static const char * const builtin_kind_labels[] G_GNUC_UNUSED = {
  N_("Workshop"), N_("Network meeting"), N_("Information event"), N_("Festival"),
  N_("Training day"),
};

struct _MitEvent
{
  GObject         parent_instance;

  gint64          id;
  char           *uid;
  char           *created;
  char           *modified;
  char           *title;
  char           *kind;
  char           *description;
  char           *starts;
  char           *ends;
  char           *tzid;
  gboolean        all_day;
  char           *rrule;
  char          **exdates;
  gint64          venue_id;
  char           *venue_address;
  GArray         *organisers;     /* gint64 */
  GArray         *target_groups;  /* gint64 */
  char          **languages;
  int             capacity;
  MitEventStatus  status;
  char           *notes;
};

G_DEFINE_FINAL_TYPE (MitEvent, mit_event, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_UID,
  PROP_CREATED,
  PROP_MODIFIED,
  PROP_TITLE,
  PROP_KIND,
  PROP_DESCRIPTION,
  PROP_STARTS,
  PROP_ENDS,
  PROP_TZID,
  PROP_ALL_DAY,
  PROP_RRULE,
  PROP_EXDATES,
  PROP_VENUE_ID,
  PROP_VENUE_ADDRESS,
  PROP_ORGANISERS,
  PROP_TARGET_GROUPS,
  PROP_LANGUAGES,
  PROP_CAPACITY,
  PROP_STATUS,
  PROP_NOTES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
mit_event_finalize (GObject *object)
{
  MitEvent *self = (MitEvent *)object;

  g_clear_pointer (&self->uid, g_free);
  g_clear_pointer (&self->created, g_free);
  g_clear_pointer (&self->modified, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->description, g_free);
  g_clear_pointer (&self->starts, g_free);
  g_clear_pointer (&self->ends, g_free);
  g_clear_pointer (&self->tzid, g_free);
  g_clear_pointer (&self->rrule, g_free);
  g_clear_pointer (&self->exdates, g_strfreev);
  g_clear_pointer (&self->venue_address, g_free);
  g_clear_pointer (&self->organisers, g_array_unref);
  g_clear_pointer (&self->target_groups, g_array_unref);
  g_clear_pointer (&self->languages, g_strfreev);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (mit_event_parent_class)->finalize (object);
}

static void
mit_event_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  MitEvent *self = MIT_EVENT (object);

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
    case PROP_TITLE:
      g_value_set_string (value, mit_event_get_title (self));
      break;
    case PROP_KIND:
      g_value_set_string (value, mit_event_get_kind (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, mit_event_get_description (self));
      break;
    case PROP_STARTS:
      g_value_set_string (value, mit_event_get_starts (self));
      break;
    case PROP_ENDS:
      g_value_set_string (value, mit_event_get_ends (self));
      break;
    case PROP_TZID:
      g_value_set_string (value, mit_event_get_tzid (self));
      break;
    case PROP_ALL_DAY:
      g_value_set_boolean (value, self->all_day);
      break;
    case PROP_RRULE:
      g_value_set_string (value, mit_event_get_rrule (self));
      break;
    case PROP_EXDATES:
      g_value_set_boxed (value, self->exdates);
      break;
    case PROP_VENUE_ID:
      g_value_set_int64 (value, self->venue_id);
      break;
    case PROP_VENUE_ADDRESS:
      g_value_set_string (value, mit_event_get_venue_address (self));
      break;
    case PROP_ORGANISERS:
      g_value_set_boxed (value, self->organisers);
      break;
    case PROP_TARGET_GROUPS:
      g_value_set_boxed (value, self->target_groups);
      break;
    case PROP_LANGUAGES:
      g_value_set_boxed (value, self->languages);
      break;
    case PROP_CAPACITY:
      g_value_set_int (value, self->capacity);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_NOTES:
      g_value_set_string (value, mit_event_get_notes (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
set_id_array (MitEvent     *self,
              guint         prop,
              const GArray *value)
{
  const gint64 *ids = value ? (const gint64 *)value->data : NULL;
  guint n_ids = value ? value->len : 0;

  if (prop == PROP_ORGANISERS)
    mit_event_set_organisers (self, ids, n_ids);
  else
    mit_event_set_target_groups (self, ids, n_ids);
}

static void
mit_event_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  MitEvent *self = MIT_EVENT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      mit_event_set_title (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      mit_event_set_kind (self, g_value_get_string (value));
      break;
    case PROP_DESCRIPTION:
      mit_event_set_description (self, g_value_get_string (value));
      break;
    case PROP_STARTS:
      mit_event_set_starts (self, g_value_get_string (value));
      break;
    case PROP_ENDS:
      mit_event_set_ends (self, g_value_get_string (value));
      break;
    case PROP_TZID:
      mit_event_set_tzid (self, g_value_get_string (value));
      break;
    case PROP_ALL_DAY:
      mit_event_set_all_day (self, g_value_get_boolean (value));
      break;
    case PROP_RRULE:
      mit_event_set_rrule (self, g_value_get_string (value));
      break;
    case PROP_EXDATES:
      mit_event_set_exdates (self, g_value_get_boxed (value));
      break;
    case PROP_VENUE_ID:
      mit_event_set_venue_id (self, g_value_get_int64 (value));
      break;
    case PROP_VENUE_ADDRESS:
      mit_event_set_venue_address (self, g_value_get_string (value));
      break;
    case PROP_ORGANISERS:
      set_id_array (self, PROP_ORGANISERS, g_value_get_boxed (value));
      break;
    case PROP_TARGET_GROUPS:
      set_id_array (self, PROP_TARGET_GROUPS, g_value_get_boxed (value));
      break;
    case PROP_LANGUAGES:
      mit_event_set_languages (self, g_value_get_boxed (value));
      break;
    case PROP_CAPACITY:
      mit_event_set_capacity (self, g_value_get_int (value));
      break;
    case PROP_STATUS:
      mit_event_set_status (self, g_value_get_int (value));
      break;
    case PROP_NOTES:
      mit_event_set_notes (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_event_class_init (MitEventClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;
  const GParamFlags rw = G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = mit_event_finalize;
  object_class->get_property = mit_event_get_property;
  object_class->set_property = mit_event_set_property;

  properties[PROP_ID] = g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0, ro);
  properties[PROP_UID] = g_param_spec_string ("uid", NULL, NULL, NULL, ro);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, NULL, ro);
  properties[PROP_MODIFIED] = g_param_spec_string ("modified", NULL, NULL, NULL, ro);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", rw);
  properties[PROP_KIND] = g_param_spec_string ("kind", NULL, NULL, MIT_EVENT_KIND_OTHER, rw);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", rw);
  properties[PROP_STARTS] = g_param_spec_string ("starts", NULL, NULL, "", rw);
  properties[PROP_ENDS] = g_param_spec_string ("ends", NULL, NULL, "", rw);
  properties[PROP_TZID] = g_param_spec_string ("tzid", NULL, NULL, MIT_EVENT_DEFAULT_TZID, rw);
  properties[PROP_ALL_DAY] = g_param_spec_boolean ("all-day", NULL, NULL, FALSE, rw);
  properties[PROP_RRULE] = g_param_spec_string ("rrule", NULL, NULL, "", rw);
  properties[PROP_EXDATES] = g_param_spec_boxed ("exdates", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_VENUE_ID] = g_param_spec_int64 ("venue-id", NULL, NULL, 0, G_MAXINT64, 0, rw);
  properties[PROP_VENUE_ADDRESS] = g_param_spec_string ("venue-address", NULL, NULL, "", rw);
  properties[PROP_ORGANISERS] = g_param_spec_boxed ("organisers", NULL, NULL, G_TYPE_ARRAY, rw);
  properties[PROP_TARGET_GROUPS] = g_param_spec_boxed ("target-groups", NULL, NULL, G_TYPE_ARRAY, rw);
  properties[PROP_LANGUAGES] = g_param_spec_boxed ("languages", NULL, NULL, G_TYPE_STRV, rw);
  properties[PROP_CAPACITY] = g_param_spec_int ("capacity", NULL, NULL, -1, G_MAXINT, -1, rw);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, MIT_EVENT_IDEA, MIT_EVENT_STATUS_LAST, MIT_EVENT_PLANNED, rw);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", rw);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mit_event_init (MitEvent *self)
{
  self->exdates = g_new0 (char *, 1);
  self->languages = g_new0 (char *, 1);
  self->organisers = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->target_groups = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->capacity = -1;
  self->status = MIT_EVENT_PLANNED;
}

/**
 * mit_event_new:
 *
 * Returns: (transfer full): a new event, not yet in any store: planned, in
 *   Europe/Berlin, without a date
 */
MitEvent *
mit_event_new (void)
{
  return g_object_new (MIT_TYPE_EVENT, NULL);
}

/**
 * mit_event_copy:
 *
 * Returns: (transfer full): a copy with the same identity and values
 */
MitEvent *
mit_event_copy (MitEvent *self)
{
  MitEvent *copy;

  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);

  copy = mit_event_new ();
  _mit_event_set_identity (copy, self->id, self->uid, self->created, self->modified);
  copy->title = g_strdup (self->title);
  copy->kind = g_strdup (self->kind);
  copy->description = g_strdup (self->description);
  copy->starts = g_strdup (self->starts);
  copy->ends = g_strdup (self->ends);
  copy->tzid = g_strdup (self->tzid);
  copy->all_day = self->all_day;
  copy->rrule = g_strdup (self->rrule);
  mit_event_set_exdates (copy, (const char * const *)self->exdates);
  copy->venue_id = self->venue_id;
  copy->venue_address = g_strdup (self->venue_address);
  g_array_append_vals (copy->organisers, self->organisers->data, self->organisers->len);
  g_array_append_vals (copy->target_groups, self->target_groups->data, self->target_groups->len);
  mit_event_set_languages (copy, (const char * const *)self->languages);
  copy->capacity = self->capacity;
  copy->status = self->status;
  copy->notes = g_strdup (self->notes);
  return copy;
}

gint64
mit_event_get_id (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), 0);
  return self->id;
}

const char *
mit_event_get_uid (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);
  return self->uid;
}

void
mit_event_set_uid (MitEvent   *self,
                   const char *uid)
{
  g_return_if_fail (MIT_IS_EVENT (self));
  g_return_if_fail (self->id == 0);

  if (_mit_record_set_text (&self->uid, uid))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UID]);
}

const char *
mit_event_get_created (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);
  return self->created;
}

const char *
mit_event_get_modified (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);
  return self->modified;
}

static void
set_text (MitEvent    *self,
          char       **slot,
          const char  *value,
          guint        prop)
{
  if (_mit_record_set_text (slot, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

#define TEXT_ACCESSORS(name, field, PROP, fallback)                     \
  const char *                                                          \
  mit_event_get_##name (MitEvent *self)                                 \
  {                                                                     \
    g_return_val_if_fail (MIT_IS_EVENT (self), NULL);                   \
    return self->field ? self->field : fallback;                        \
  }                                                                     \
                                                                        \
  void                                                                  \
  mit_event_set_##name (MitEvent   *self,                               \
                        const char *value)                              \
  {                                                                     \
    g_return_if_fail (MIT_IS_EVENT (self));                             \
    set_text (self, &self->field, value, PROP);                         \
  }

TEXT_ACCESSORS (title, title, PROP_TITLE, "")
TEXT_ACCESSORS (description, description, PROP_DESCRIPTION, "")
TEXT_ACCESSORS (starts, starts, PROP_STARTS, "")
TEXT_ACCESSORS (ends, ends, PROP_ENDS, "")
TEXT_ACCESSORS (rrule, rrule, PROP_RRULE, "")
TEXT_ACCESSORS (venue_address, venue_address, PROP_VENUE_ADDRESS, "")
TEXT_ACCESSORS (notes, notes, PROP_NOTES, "")

#undef TEXT_ACCESSORS

const char *
mit_event_get_kind (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);
  return self->kind ? self->kind : MIT_EVENT_KIND_OTHER;
}

void
mit_event_set_kind (MitEvent   *self,
                    const char *kind)
{
  g_return_if_fail (MIT_IS_EVENT (self));
  /* The default is "other": store that as unset, so both compare equal. */
  if (g_strcmp0 (kind, MIT_EVENT_KIND_OTHER) == 0)
    kind = NULL;
  set_text (self, &self->kind, kind, PROP_KIND);
}

const char *
mit_event_get_tzid (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);
  return self->tzid ? self->tzid : MIT_EVENT_DEFAULT_TZID;
}

void
mit_event_set_tzid (MitEvent   *self,
                    const char *tzid)
{
  g_return_if_fail (MIT_IS_EVENT (self));
  if (g_strcmp0 (tzid, MIT_EVENT_DEFAULT_TZID) == 0)
    tzid = NULL;
  set_text (self, &self->tzid, tzid, PROP_TZID);
}

gboolean
mit_event_get_all_day (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), FALSE);
  return self->all_day;
}

void
mit_event_set_all_day (MitEvent *self,
                       gboolean  all_day)
{
  g_return_if_fail (MIT_IS_EVENT (self));

  all_day = !!all_day;
  if (self->all_day == all_day)
    return;
  self->all_day = all_day;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ALL_DAY]);
}

gboolean
mit_event_is_recurring (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), FALSE);
  return self->rrule != NULL && *self->rrule != '\0';
}

const char * const *
mit_event_get_exdates (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);
  return (const char * const *)self->exdates;
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

void
mit_event_set_exdates (MitEvent           *self,
                       const char * const *exdates)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_auto(GStrv) value = NULL;

  g_return_if_fail (MIT_IS_EVENT (self));

  /* Sorted and without duplicates or empty items, so that equal sets
   * compare equal. */
  for (guint i = 0; exdates && exdates[i]; i++)
    if (*exdates[i] != '\0')
      g_ptr_array_add (sorted, (gpointer)exdates[i]);
  g_ptr_array_sort (sorted, compare_strings);
  for (guint i = 1; i < sorted->len;)
    if (strcmp (g_ptr_array_index (sorted, i), g_ptr_array_index (sorted, i - 1)) == 0)
      g_ptr_array_remove_index (sorted, i);
    else
      i++;
  g_ptr_array_add (sorted, NULL);

  if (_mit_record_set_list (&self->exdates, (const char * const *)sorted->pdata))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXDATES]);
}

void
mit_event_add_exdate (MitEvent   *self,
                      const char *exdate)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) list = NULL;

  g_return_if_fail (MIT_IS_EVENT (self));
  g_return_if_fail (exdate != NULL);

  g_strv_builder_addv (builder, (const char **)self->exdates);
  g_strv_builder_add (builder, exdate);
  list = g_strv_builder_end (builder);
  mit_event_set_exdates (self, (const char * const *)list);
}

gint64
mit_event_get_venue_id (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), 0);
  return self->venue_id;
}

void
mit_event_set_venue_id (MitEvent *self,
                        gint64    venue_id)
{
  g_return_if_fail (MIT_IS_EVENT (self));

  venue_id = MAX (venue_id, 0);
  if (self->venue_id == venue_id)
    return;
  self->venue_id = venue_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VENUE_ID]);
}

/* Replaces the ids in @array by @ids without 0 and duplicates, in their
 * order; TRUE when that changed anything. */
static gboolean
set_ids (GArray       *array,
         const gint64 *ids,
         guint         n_ids)
{
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < n_ids; i++)
    {
      gboolean seen = ids[i] <= 0;

      for (guint j = 0; j < wanted->len && !seen; j++)
        seen = g_array_index (wanted, gint64, j) == ids[i];
      if (!seen)
        g_array_append_val (wanted, ids[i]);
    }
  if (wanted->len == array->len
      && (wanted->len == 0 || memcmp (wanted->data, array->data, wanted->len * sizeof (gint64)) == 0))
    return FALSE;
  g_array_set_size (array, 0);
  g_array_append_vals (array, wanted->data, wanted->len);
  return TRUE;
}

static gboolean
has_id (GArray *array,
        gint64  id)
{
  for (guint i = 0; i < array->len; i++)
    if (g_array_index (array, gint64, i) == id)
      return TRUE;
  return FALSE;
}

const gint64 *
mit_event_get_organisers (MitEvent *self,
                          guint    *n_ids)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);
  if (n_ids)
    *n_ids = self->organisers->len;
  return (const gint64 *)self->organisers->data;
}

void
mit_event_set_organisers (MitEvent     *self,
                          const gint64 *ids,
                          guint         n_ids)
{
  g_return_if_fail (MIT_IS_EVENT (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  if (set_ids (self->organisers, ids, n_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ORGANISERS]);
}

gboolean
mit_event_has_organiser (MitEvent *self,
                         gint64    actor_id)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), FALSE);
  return has_id (self->organisers, actor_id);
}

const gint64 *
mit_event_get_target_groups (MitEvent *self,
                             guint    *n_ids)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);
  if (n_ids)
    *n_ids = self->target_groups->len;
  return (const gint64 *)self->target_groups->data;
}

void
mit_event_set_target_groups (MitEvent     *self,
                             const gint64 *ids,
                             guint         n_ids)
{
  g_return_if_fail (MIT_IS_EVENT (self));
  g_return_if_fail (ids != NULL || n_ids == 0);

  if (set_ids (self->target_groups, ids, n_ids))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TARGET_GROUPS]);
}

gboolean
mit_event_has_target_group (MitEvent *self,
                            gint64    group_id)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), FALSE);
  return has_id (self->target_groups, group_id);
}

const char * const *
mit_event_get_languages (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), NULL);
  return (const char * const *)self->languages;
}

void
mit_event_set_languages (MitEvent           *self,
                         const char * const *languages)
{
  g_return_if_fail (MIT_IS_EVENT (self));

  if (_mit_record_set_list (&self->languages, languages))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGES]);
}

int
mit_event_get_capacity (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), -1);
  return self->capacity;
}

void
mit_event_set_capacity (MitEvent *self,
                        int       capacity)
{
  g_return_if_fail (MIT_IS_EVENT (self));

  capacity = MAX (capacity, -1);
  if (self->capacity == capacity)
    return;
  self->capacity = capacity;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAPACITY]);
}

MitEventStatus
mit_event_get_status (MitEvent *self)
{
  g_return_val_if_fail (MIT_IS_EVENT (self), MIT_EVENT_PLANNED);
  return self->status;
}

void
mit_event_set_status (MitEvent       *self,
                      MitEventStatus  status)
{
  g_return_if_fail (MIT_IS_EVENT (self));
  g_return_if_fail (status >= MIT_EVENT_IDEA && status <= MIT_EVENT_STATUS_LAST);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

/* Two lists of ids, in order. (An empty GArray may have no data, and
 * memcmp() must not be given NULL even for no bytes.) */
static gboolean
ids_equal (GArray *a,
           GArray *b)
{
  return a->len == b->len &&
         (a->len == 0 || memcmp (a->data, b->data, a->len * sizeof (gint64)) == 0);
}

gboolean
mit_event_equal_content (MitEvent *a,
                         MitEvent *b)
{
  g_return_val_if_fail (MIT_IS_EVENT (a), FALSE);
  g_return_val_if_fail (MIT_IS_EVENT (b), FALSE);

  return g_str_equal (mit_event_get_title (a), mit_event_get_title (b))
      && g_str_equal (mit_event_get_kind (a), mit_event_get_kind (b))
      && g_str_equal (mit_event_get_description (a), mit_event_get_description (b))
      && g_str_equal (mit_event_get_starts (a), mit_event_get_starts (b))
      && g_str_equal (mit_event_get_ends (a), mit_event_get_ends (b))
      && g_str_equal (mit_event_get_tzid (a), mit_event_get_tzid (b))
      && a->all_day == b->all_day
      && g_str_equal (mit_event_get_rrule (a), mit_event_get_rrule (b))
      && g_strv_equal ((const char * const *)a->exdates, (const char * const *)b->exdates)
      && a->venue_id == b->venue_id
      && g_str_equal (mit_event_get_venue_address (a), mit_event_get_venue_address (b))
      && ids_equal (a->organisers, b->organisers)
      && ids_equal (a->target_groups, b->target_groups)
      && g_strv_equal ((const char * const *)a->languages, (const char * const *)b->languages)
      && a->capacity == b->capacity
      && a->status == b->status
      && g_str_equal (mit_event_get_notes (a), mit_event_get_notes (b));
}

static const char * const status_keys[] = {
  "idea", "planned", "confirmed", "done", "cancelled",
};

const char *
mit_event_status_get_label (MitEventStatus status)
{
  switch (status)
    {
    case MIT_EVENT_IDEA:
      return C_("event status", "Idea");
    case MIT_EVENT_PLANNED:
      return C_("event status", "Planned");
    case MIT_EVENT_CONFIRMED:
      return C_("event status", "Confirmed");
    case MIT_EVENT_DONE:
      return C_("event status", "Done");
    case MIT_EVENT_CANCELLED:
      return C_("event status", "Cancelled");
    default:
      return "";
    }
}

const char *
mit_event_status_to_key (MitEventStatus status)
{
  if (status < MIT_EVENT_IDEA || status > MIT_EVENT_STATUS_LAST)
    return NULL;
  return status_keys[status];
}

int
mit_event_status_from_key (const char *key)
{
  for (guint i = 0; key && i < G_N_ELEMENTS (status_keys); i++)
    if (g_ascii_strcasecmp (key, status_keys[i]) == 0)
      return (int)i;
  return -1;
}

void
_mit_event_set_identity (MitEvent   *self,
                         gint64      id,
                         const char *uid,
                         const char *created,
                         const char *modified)
{
  GParamSpec *pspecs[] = {
    properties[PROP_ID], properties[PROP_UID], properties[PROP_CREATED], properties[PROP_MODIFIED]
  };

  g_return_if_fail (MIT_IS_EVENT (self));
  _mit_record_set_identity (self, pspecs, &self->id, &self->uid, &self->created, &self->modified,
                            id, uid, created, modified);
}
