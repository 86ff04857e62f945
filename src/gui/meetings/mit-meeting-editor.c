/* mit-meeting-editor.c: one meeting: when and where, its agenda with
 * minutes, decisions and action items
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeetingEditor"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-debounce.h"
#include "mit-gui-util.h"
#include "mit-link-dialog.h"
#include "mit-meeting-dialogs.h"
#include "mit-meeting-editor.h"
#include "mit-meeting-format.h"
#include "mit-meeting-link-row.h"
#include "mit-meeting-mode.h"
#include "mit-store-meetings.h"

#define SAVE_DELAY_MS 400

typedef struct _ItemRow ItemRow;

struct _MitMeetingEditor
{
  AdwBin               parent_instance;

  /* template widgets */
  AdwPreferencesGroup *details_group;
  AdwPreferencesGroup *agenda_group;
  AdwEntryRow         *title_row;
  AdwEntryRow         *date_row;
  AdwEntryRow         *time_row;
  AdwActionRow        *venue_row;
  GtkWidget           *venue_clear_button;
  AdwEntryRow         *address_row;
  AdwComboRow         *status_row;
  AdwEntryRow         *notes_row;

  /* borrowed */
  GtkWindow           *dialog;       /* weak */

  /* owned */
  MitStore            *store;
  MitMeeting          *meeting;
  GPtrArray           *items;        /* ItemRow, in agenda order */
  GHashTable          *expanded;     /* item ids (gint64 *) whose rows are open */
  MitDebounce         *debounce;
  gint64               focus_item_id;
  guint                own_write;
  guint                loading : 1;
  guint                details_dirty : 1;
};

G_DEFINE_FINAL_TYPE (MitMeetingEditor, mit_meeting_editor, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

struct _ItemRow
{
  MitMeetingEditor *editor;
  MitAgendaItem    *item;
  GtkWidget        *row;            /* AdwExpanderRow */
  GtkWidget        *title_row;
  GtkTextBuffer    *minutes;
  GtkWidget        *presenter_row;
  GArray           *presenter_ids;
  GtkWidget        *link_row;       /* MitMeetingLinkRow */
  gboolean          dirty;
};

static void rebuild_agenda (MitMeetingEditor *self);

static void
item_row_free (gpointer data)
{
  ItemRow *ir = data;

  g_clear_object (&ir->item);
  g_clear_pointer (&ir->presenter_ids, g_array_unref);
  g_free (ir);
}

static guint
index_of_id (GArray *ids,
             gint64  id)
{
  for (guint i = 0; ids != NULL && i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return i;
  return 0;
}

static void
offer_undo (MitMeetingEditor *self,
            gint64            change,
            const char       *message)
{
  if (change > 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.offer-undo", "(xs)", change, message);
}

static void
show_error (MitMeetingEditor *self,
            const char       *what,
            const GError     *error)
{
  g_warning ("%s: %s", what, error->message);
}

/* ---- saving --------------------------------------------------------------- */

static void
save_details (MitMeetingEditor *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;
  g_autofree char *address = NULL;
  g_autofree char *notes = NULL;

  self->details_dirty = FALSE;
  if (self->meeting == NULL)
    return;

  title = mit_gui_dup_stripped (GTK_EDITABLE (self->title_row));
  date = mit_meeting_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  time = mit_meeting_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)));
  address = mit_gui_dup_stripped (GTK_EDITABLE (self->address_row));
  notes = mit_gui_dup_stripped (GTK_EDITABLE (self->notes_row));

  /* What is not valid yet keeps its stored value until it is. */
  if (*title != '\0')
    mit_meeting_set_title (self->meeting, title);
  if (date != NULL)
    mit_meeting_set_date (self->meeting, date);
  if (time != NULL)
    mit_meeting_set_time (self->meeting, time);
  /* The address is typed only for a venue that is not in the directory. */
  if (mit_meeting_get_venue_id (self->meeting) <= 0)
    mit_meeting_set_venue_text (self->meeting, address);
  mit_meeting_set_status (self->meeting, adw_combo_row_get_selected (self->status_row) == MIT_MEETING_HELD
                                         ? MIT_MEETING_HELD : MIT_MEETING_PLANNED);
  mit_meeting_set_notes (self->meeting, notes);

  self->own_write++;
  if (!mit_store_save_meeting (self->store, self->meeting, &error))
    show_error (self, _("Could not save the meeting"), error);
  self->own_write--;
}

static void
save_item (ItemRow *ir)
{
  MitMeetingEditor *self = ir->editor;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autofree char *minutes = NULL;
  g_autofree char *heading = NULL;
  GtkTextIter start, end;
  guint presenter;

  ir->dirty = FALSE;
  title = mit_gui_dup_stripped (GTK_EDITABLE (ir->title_row));
  gtk_text_buffer_get_bounds (ir->minutes, &start, &end);
  minutes = gtk_text_buffer_get_text (ir->minutes, &start, &end, FALSE);
  presenter = adw_combo_row_get_selected (ADW_COMBO_ROW (ir->presenter_row));

  if (*title != '\0')
    mit_agenda_item_set_title (ir->item, title);
  mit_agenda_item_set_minutes (ir->item, minutes);
  mit_agenda_item_set_presenter_id (ir->item, presenter < ir->presenter_ids->len
                                              ? g_array_index (ir->presenter_ids, gint64, presenter) : 0);
  mit_agenda_item_set_event_id (ir->item,
                                mit_meeting_link_row_get_event_id (MIT_MEETING_LINK_ROW (ir->link_row)));
  mit_agenda_item_set_actor_id (ir->item,
                                mit_meeting_link_row_get_actor_id (MIT_MEETING_LINK_ROW (ir->link_row)));
  mit_agenda_item_set_target_group_id (ir->item,
                                       mit_meeting_link_row_get_target_group_id (MIT_MEETING_LINK_ROW (ir->link_row)));

  self->own_write++;
  if (!mit_store_save_agenda_item (self->store, ir->item, &error))
    show_error (self, _("Could not save the agenda item"), error);
  self->own_write--;

  heading = mit_agenda_item_format_heading (ir->item);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ir->row), heading);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (ir->row), mit_agenda_item_get_presenter_name (ir->item));
}

static void
save_pending (gpointer user_data)
{
  MitMeetingEditor *self = user_data;

  if (self->store == NULL)
    return;
  if (self->details_dirty)
    save_details (self);
  for (guint i = 0; self->items != NULL && i < self->items->len; i++)
    {
      ItemRow *ir = g_ptr_array_index (self->items, i);

      if (ir->dirty)
        save_item (ir);
    }
}

static void
details_changed_cb (MitMeetingEditor *self)
{
  g_autofree char *date = NULL;
  g_autofree char *time = NULL;

  if (self->loading || self->meeting == NULL)
    return;

  date = mit_meeting_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->date_row)));
  time = mit_meeting_parse_time (gtk_editable_get_text (GTK_EDITABLE (self->time_row)));
  mit_gui_set_row_error (GTK_WIDGET (self->date_row),
                         date ? NULL : _("Type a date, e.g. 14.01.2026 or 2026-01-14"));
  mit_gui_set_row_error (GTK_WIDGET (self->time_row),
                         time ? NULL : _("Type a time of day, e.g. 16:00, or leave it empty"));

  self->details_dirty = TRUE;
  mit_debounce_queue (self->debounce);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
status_changed_cb (MitMeetingEditor *self)
{
  if (self->loading || self->meeting == NULL)
    return;
  self->details_dirty = TRUE;
  mit_debounce_flush (self->debounce);
  save_pending (self);
}

static void
item_text_changed_cb (ItemRow *ir)
{
  if (ir->editor->loading)
    return;
  ir->dirty = TRUE;
  mit_debounce_queue (ir->editor->debounce);
}

static void
item_choice_changed_cb (ItemRow *ir)
{
  if (ir->editor->loading)
    return;
  ir->dirty = TRUE;
  save_pending (ir->editor);
}

/* ---- the agenda ----------------------------------------------------------- */

static GtkWidget *
new_icon_button (const char *icon,
                 const char *tooltip,
                 const char *action,
                 GVariant   *target)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, tooltip, -1);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (button), target);
  return button;
}

static GtkWidget *
new_button_row (const char *label,
                const char *action,
                gint64      item_id)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "x", item_id);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  return row;
}

static GtkWidget *
new_decision_row (MitDecision *decision)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *votes = mit_decision_format_votes (decision);
  g_autofree char *subtitle = NULL;
  gint64 id = mit_decision_get_id (decision);

  if (*votes != '\0' && *mit_decision_get_text (decision) != '\0')
    subtitle = g_strdup_printf ("%s\n%s", mit_decision_get_text (decision), votes);
  else
    subtitle = g_strconcat (mit_decision_get_text (decision), votes, NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                 mit_decision_kind_get_label (mit_decision_get_kind (decision)));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("emblem-ok-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("document-edit-symbolic", _("Edit Decision"),
                                              "meeting-editor.edit-decision",
                                              g_variant_new_int64 (id)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("user-trash-symbolic", _("Remove Decision"),
                                              "meeting-editor.remove-decision",
                                              g_variant_new_int64 (id)));
  return row;
}

static void
done_toggled_cb (GtkCheckButton *check,
                 gpointer        user_data)
{
  gint64 id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (check), "action-id"));

  gtk_widget_activate_action (GTK_WIDGET (check), "meeting-editor.set-action-done", "(xb)",
                              id, gtk_check_button_get_active (check));
}

static GtkWidget *
new_action_row (MitMeetingEditor *self,
                MitActionItem    *action)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();
  g_autofree char *details = mit_action_item_format_details (action);
  g_autofree char *link = mit_meeting_link_describe (self->store, mit_action_item_get_event_id (action),
                                                     mit_action_item_get_actor_id (action),
                                                     mit_action_item_get_target_group_id (action));
  g_autofree char *subtitle = NULL;
  gint64 id = mit_action_item_get_id (action), link_id;
  const char *show;

  if (*details != '\0' && *link != '\0')
    subtitle = g_strdup_printf ("%s\n%s", details, link);
  else
    subtitle = g_strconcat (details, link, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), mit_action_item_get_title (action));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

  gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                               mit_action_item_get_status (action) == MIT_ACTION_DONE);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (check, _("Done"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Done"), -1);
  g_object_set_data (G_OBJECT (check), "action-id", GSIZE_TO_POINTER ((gsize)id));
  g_signal_connect (check, "toggled", G_CALLBACK (done_toggled_cb), NULL);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);

  if (mit_meeting_link_get_show_action (mit_action_item_get_event_id (action),
                                        mit_action_item_get_actor_id (action),
                                        mit_action_item_get_target_group_id (action), &show, &link_id))
    adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                               new_icon_button ("go-jump-symbolic", _("Show Linked Record"), show,
                                                g_variant_new_int64 (link_id)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("document-edit-symbolic", _("Edit Action Item"),
                                              "meeting-editor.edit-action-item",
                                              g_variant_new_int64 (id)));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             new_icon_button ("user-trash-symbolic", _("Remove Action Item"),
                                              "meeting-editor.remove-action-item",
                                              g_variant_new_int64 (id)));
  return row;
}

static gboolean
item_key_pressed_cb (GtkEventControllerKey *controller,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     ItemRow               *ir)
{
  int delta;

  if ((state & gtk_accelerator_get_default_mod_mask ()) != GDK_ALT_MASK)
    return GDK_EVENT_PROPAGATE;
  if (keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up)
    delta = -1;
  else if (keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down)
    delta = 1;
  else
    return GDK_EVENT_PROPAGATE;

  gtk_widget_activate_action (ir->row, "meeting-editor.move-item", "(xi)",
                              mit_agenda_item_get_id (ir->item), delta);
  return GDK_EVENT_STOP;
}

static void
expanded_cb (GtkWidget  *row,
             GParamSpec *pspec,
             ItemRow    *ir)
{
  gint64 id = mit_agenda_item_get_id (ir->item);

  if (ir->editor->loading)
    return;
  if (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (row)))
    g_hash_table_add (ir->editor->expanded, g_memdup2 (&id, sizeof id));
  else
    g_hash_table_remove (ir->editor->expanded, &id);
}

static ItemRow *
build_item_row (MitMeetingEditor *self,
                MitAgendaItem    *item,
                guint             n_items)
{
  ItemRow *ir = g_new0 (ItemRow, 1);
  gint64 id = mit_agenda_item_get_id (item);
  g_autofree char *heading = mit_agenda_item_format_heading (item);
  g_autoptr(GtkStringList) presenters = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) actions = NULL;
  GtkWidget *minutes_row, *minutes_box, *minutes_label, *minutes_view, *frame;
  GtkWidget *up, *down;
  GtkEventController *keys;

  ir->editor = self;
  ir->item = g_object_ref (item);
  ir->row = adw_expander_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ir->row), heading);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (ir->row), FALSE);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (ir->row),
                                 mit_agenda_item_get_kind (item) == MIT_AGENDA_ITEM_OPEN_ACTIONS
                                 ? _("Carried over from earlier meetings")
                                 : mit_agenda_item_get_presenter_name (item));

  up = new_icon_button ("go-up-symbolic", _("Move Up"), "meeting-editor.move-item",
                        g_variant_new ("(xi)", id, -1));
  down = new_icon_button ("go-down-symbolic", _("Move Down"), "meeting-editor.move-item",
                          g_variant_new ("(xi)", id, 1));
  gtk_widget_set_sensitive (up, mit_agenda_item_get_position (item) > 1);
  gtk_widget_set_sensitive (down, mit_agenda_item_get_position (item) < (int)n_items);
  /* Each action goes before the ones added earlier: up, down, remove. */
  adw_expander_row_add_action (ADW_EXPANDER_ROW (ir->row),
                               new_icon_button ("user-trash-symbolic", _("Remove Agenda Item"),
                                                "meeting-editor.remove-item",
                                                g_variant_new_int64 (id)));
  adw_expander_row_add_action (ADW_EXPANDER_ROW (ir->row), down);
  adw_expander_row_add_action (ADW_EXPANDER_ROW (ir->row), up);

  ir->title_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ir->title_row), _("Title"));
  gtk_editable_set_text (GTK_EDITABLE (ir->title_row), mit_agenda_item_get_title (item));
  g_signal_connect_swapped (ir->title_row, "changed", G_CALLBACK (item_text_changed_cb), ir);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (ir->row), ir->title_row);

  presenters = mit_meeting_dialogs_person_choices (self->store, mit_agenda_item_get_presenter_id (item),
                                                   mit_agenda_item_get_presenter_name (item),
                                                   &ir->presenter_ids);
  ir->presenter_row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (ir->presenter_row), _("Presenter"));
  adw_combo_row_set_model (ADW_COMBO_ROW (ir->presenter_row), G_LIST_MODEL (presenters));
  adw_combo_row_set_selected (ADW_COMBO_ROW (ir->presenter_row),
                              index_of_id (ir->presenter_ids, mit_agenda_item_get_presenter_id (item)));
  g_signal_connect_swapped (ir->presenter_row, "notify::selected", G_CALLBACK (item_choice_changed_cb), ir);
  /* The combo offers the steering group; anyone else is chosen from the directory. */
  adw_action_row_add_suffix (ADW_ACTION_ROW (ir->presenter_row),
                             new_icon_button ("system-search-symbolic", _("Choose Another Contact Person"),
                                              "meeting-editor.choose-presenter", g_variant_new_int64 (id)));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (ir->row), ir->presenter_row);

  ir->link_row = mit_meeting_link_row_new (self->store, C_("agenda item", "About"), TRUE);
  mit_meeting_link_row_set_link (MIT_MEETING_LINK_ROW (ir->link_row), mit_agenda_item_get_event_id (item),
                                 mit_agenda_item_get_actor_id (item), mit_agenda_item_get_target_group_id (item));
  g_signal_connect_swapped (ir->link_row, "changed", G_CALLBACK (item_choice_changed_cb), ir);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (ir->row), ir->link_row);

  /* Minutes: several lines, so a text view rather than an entry row. */
  minutes_row = gtk_list_box_row_new ();
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (minutes_row), FALSE);
  minutes_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (minutes_box, 12);
  gtk_widget_set_margin_end (minutes_box, 12);
  gtk_widget_set_margin_top (minutes_box, 8);
  gtk_widget_set_margin_bottom (minutes_box, 12);
  minutes_label = gtk_label_new (_("Minutes"));
  gtk_label_set_xalign (GTK_LABEL (minutes_label), 0);
  gtk_widget_add_css_class (minutes_label, "caption");
  gtk_widget_add_css_class (minutes_label, "dim-label");
  minutes_view = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (minutes_view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (minutes_view), FALSE);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (minutes_view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (minutes_view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (minutes_view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (minutes_view), 6);
  gtk_widget_set_size_request (minutes_view, -1, 80);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (minutes_view),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, minutes_label, NULL, -1);
  ir->minutes = gtk_text_view_get_buffer (GTK_TEXT_VIEW (minutes_view));
  gtk_text_buffer_set_text (ir->minutes, mit_agenda_item_get_minutes (item), -1);
  g_signal_connect_swapped (ir->minutes, "changed", G_CALLBACK (item_text_changed_cb), ir);
  frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (frame), minutes_view);
  gtk_box_append (GTK_BOX (minutes_box), minutes_label);
  gtk_box_append (GTK_BOX (minutes_box), frame);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (minutes_row), minutes_box);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (ir->row), minutes_row);

  decisions = mit_store_list_decisions (self->store, id, NULL);
  for (guint i = 0; decisions != NULL && i < decisions->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (ir->row), new_decision_row (g_ptr_array_index (decisions, i)));
  actions = mit_store_list_item_action_items (self->store, id, NULL);
  for (guint i = 0; actions != NULL && i < actions->len; i++)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (ir->row), new_action_row (self, g_ptr_array_index (actions, i)));

  adw_expander_row_add_row (ADW_EXPANDER_ROW (ir->row),
                            new_button_row (_("Record _Decision…"), "meeting-editor.add-decision", id));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (ir->row),
                            new_button_row (_("Add _Action Item…"), "meeting-editor.add-action-item", id));

  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (ir->row), g_hash_table_contains (self->expanded, &id));
  g_signal_connect (ir->row, "notify::expanded", G_CALLBACK (expanded_cb), ir);

  keys = gtk_event_controller_key_new ();
  g_signal_connect (keys, "key-pressed", G_CALLBACK (item_key_pressed_cb), ir);
  gtk_widget_add_controller (ir->row, keys);
  return ir;
}

static void
clear_agenda (MitMeetingEditor *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      ItemRow *ir = g_ptr_array_index (self->items, i);

      adw_preferences_group_remove (self->agenda_group, ir->row);
    }
  g_ptr_array_set_size (self->items, 0);
}

static void
rebuild_agenda (MitMeetingEditor *self)
{
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  gboolean was_loading = self->loading;

  save_pending (self);
  clear_agenda (self);
  if (self->meeting == NULL || self->store == NULL)
    return;

  items = mit_store_list_agenda_items (self->store, mit_meeting_get_id (self->meeting), &error);
  if (items == NULL)
    {
      show_error (self, _("Could not read the agenda"), error);
      return;
    }

  self->loading = TRUE;
  for (guint i = 0; i < items->len; i++)
    {
      ItemRow *ir = build_item_row (self, g_ptr_array_index (items, i), items->len);

      g_ptr_array_add (self->items, ir);
      adw_preferences_group_add (self->agenda_group, ir->row);
      if (mit_agenda_item_get_id (ir->item) == self->focus_item_id)
        gtk_widget_grab_focus (ir->row);
    }
  self->focus_item_id = 0;
  self->loading = was_loading;
}

static ItemRow *
find_item_row (MitMeetingEditor *self,
               gint64            id)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      ItemRow *ir = g_ptr_array_index (self->items, i);

      if (mit_agenda_item_get_id (ir->item) == id)
        return ir;
    }
  return NULL;
}

/* ---- loading ---------------------------------------------------------------- */

static void
update_venue_row (MitMeetingEditor *self)
{
  gint64 venue_id = self->meeting != NULL ? mit_meeting_get_venue_id (self->meeting) : 0;
  const char *name = self->meeting != NULL ? mit_meeting_get_venue_name (self->meeting) : "";

  adw_action_row_set_subtitle (self->venue_row,
                               venue_id > 0 && *name != '\0'
                               ? name : _("Not in the directory: type the address below"));
  gtk_widget_set_visible (self->venue_clear_button, venue_id > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->address_row), venue_id <= 0);
}

static void
fill_details (MitMeetingEditor *self)
{
  gboolean has = self->meeting != NULL;

  self->loading = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->title_row), has ? mit_meeting_get_title (self->meeting) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), has ? mit_meeting_get_date (self->meeting) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->time_row), has ? mit_meeting_get_time (self->meeting) : "");
  gtk_editable_set_text (GTK_EDITABLE (self->address_row),
                         has ? mit_meeting_get_venue_text (self->meeting) : "");
  update_venue_row (self);
  gtk_editable_set_text (GTK_EDITABLE (self->notes_row), has ? mit_meeting_get_notes (self->meeting) : "");
  adw_combo_row_set_selected (self->status_row, has ? (guint)mit_meeting_get_status (self->meeting) : 0);
  mit_gui_set_row_error (GTK_WIDGET (self->date_row), NULL);
  mit_gui_set_row_error (GTK_WIDGET (self->time_row), NULL);
  self->loading = FALSE;

  gtk_widget_set_sensitive (GTK_WIDGET (self->details_group), has);
  gtk_widget_set_sensitive (GTK_WIDGET (self->agenda_group), has);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

gboolean
mit_meeting_editor_load (MitMeetingEditor *self,
                         gint64            id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(MitMeeting) meeting = NULL;

  g_return_val_if_fail (MIT_IS_MEETING_EDITOR (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  mit_meeting_editor_flush (self);
  if (id > 0 && !(meeting = mit_store_load_meeting (self->store, id, &error)))
    {
      g_debug ("Cannot load meeting %" G_GINT64_FORMAT ": %s", id, error->message);
      return FALSE;
    }
  if (self->meeting == NULL || meeting == NULL
      || mit_meeting_get_id (self->meeting) != mit_meeting_get_id (meeting))
    g_hash_table_remove_all (self->expanded);
  g_set_object (&self->meeting, meeting);
  fill_details (self);
  rebuild_agenda (self);
  return TRUE;
}

static void
store_changed_cb (MitStore         *store,
                  guint             kinds,
                  MitMeetingEditor *self)
{
  g_autoptr(MitMeeting) meeting = NULL;

  if (self->own_write > 0 || self->meeting == NULL)
    return;
  if (!(kinds & (MIT_RECORD_MEETING | MIT_RECORD_AGENDA_ITEM | MIT_RECORD_DECISION
                 | MIT_RECORD_ACTION_ITEM | MIT_RECORD_STEERING_MEMBER | MIT_RECORD_PERSON
                 | MIT_RECORD_TARGET_GROUP | MIT_RECORD_ACTOR)))
    return;

  meeting = mit_store_load_meeting (store, mit_meeting_get_id (self->meeting), NULL);
  if (meeting == NULL)
    {
      /* Deleted (here or by another program). */
      g_clear_object (&self->meeting);
      fill_details (self);
      clear_agenda (self);
      return;
    }
  if (kinds & (MIT_RECORD_MEETING | MIT_RECORD_ACTOR))
    {
      mit_debounce_cancel (self->debounce);
      self->details_dirty = FALSE;
      g_set_object (&self->meeting, meeting);
      fill_details (self);
    }
  rebuild_agenda (self);
}

/* ---- actions -------------------------------------------------------------------- */

static void
present_dialog (MitMeetingEditor *self,
                AdwMessageDialog *dialog)
{
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkWindow *
get_parent_window (MitMeetingEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
add_item_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(MitAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  ItemRow *ir;

  if (self->meeting == NULL)
    return;
  item = mit_agenda_item_new (mit_meeting_get_id (self->meeting));
  mit_agenda_item_set_title (item, _("New Item"));
  if (!mit_store_save_agenda_item (self->store, item, &error))
    {
      show_error (self, _("Could not add the agenda item"), error);
      return;
    }
  id = mit_agenda_item_get_id (item);
  g_hash_table_add (self->expanded, g_memdup2 (&id, sizeof id));
  rebuild_agenda (self);
  if ((ir = find_item_row (self, id)))
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (ir->row), TRUE);
      gtk_widget_grab_focus (ir->title_row);
    }
}

static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 id;
  int delta;
  ItemRow *ir;

  g_variant_get (parameter, "(xi)", &id, &delta);
  if (!(ir = find_item_row (self, id)))
    return;
  save_pending (self);
  self->focus_item_id = id;
  if (mit_store_move_agenda_item (self->store, id, mit_agenda_item_get_position (ir->item) + delta,
                                  &error) == 0 && error != NULL)
    show_error (self, _("Could not move the agenda item"), error);
  self->focus_item_id = 0;
}

static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 change;

  save_pending (self);
  change = mit_store_delete_agenda_item (self->store, g_variant_get_int64 (parameter), &error);
  if (change == 0)
    show_error (self, _("Could not remove the agenda item"), error);
  offer_undo (self, change, _("Agenda item removed"));
}

static void
add_decision_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(MitDecision) decision = mit_decision_new (g_variant_get_int64 (parameter));

  save_pending (self);
  present_dialog (self, mit_decision_dialog_new (get_parent_window (self), self->store, decision));
}

static void
edit_decision_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  gint64 id = g_variant_get_int64 (parameter);

  save_pending (self);
  for (guint i = 0; i < self->items->len; i++)
    {
      ItemRow *ir = g_ptr_array_index (self->items, i);
      g_autoptr(GPtrArray) decisions = mit_store_list_decisions (self->store,
                                                                 mit_agenda_item_get_id (ir->item), NULL);

      for (guint j = 0; decisions != NULL && j < decisions->len; j++)
        if (mit_decision_get_id (g_ptr_array_index (decisions, j)) == id)
          {
            present_dialog (self, mit_decision_dialog_new (get_parent_window (self), self->store,
                                                           g_ptr_array_index (decisions, j)));
            return;
          }
    }
}

static void
remove_decision_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 change;

  save_pending (self);
  change = mit_store_delete_decision (self->store, g_variant_get_int64 (parameter), &error);
  if (change == 0)
    show_error (self, _("Could not remove the decision"), error);
  offer_undo (self, change, _("Decision removed"));
}

static void
add_action_item_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(MitActionItem) action = NULL;
  ItemRow *ir = find_item_row (self, g_variant_get_int64 (parameter));

  if (ir == NULL || self->meeting == NULL)
    return;
  save_pending (self);
  action = mit_action_item_new (mit_meeting_get_id (self->meeting));
  mit_action_item_set_item_id (action, mit_agenda_item_get_id (ir->item));
  /* What the item is about, the action item is about too. */
  mit_action_item_set_event_id (action, mit_agenda_item_get_event_id (ir->item));
  mit_action_item_set_actor_id (action, mit_agenda_item_get_actor_id (ir->item));
  mit_action_item_set_target_group_id (action, mit_agenda_item_get_target_group_id (ir->item));
  present_dialog (self, mit_action_item_dialog_new (get_parent_window (self), self->store, action));
}

static void
edit_action_item_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(MitActionItem) action = NULL;

  save_pending (self);
  action = mit_store_load_action_item (self->store, g_variant_get_int64 (parameter), NULL);
  if (action != NULL)
    present_dialog (self, mit_action_item_dialog_new (get_parent_window (self), self->store, action));
}

static void
remove_action_item_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 change;

  save_pending (self);
  change = mit_store_delete_action_item (self->store, g_variant_get_int64 (parameter), &error);
  if (change == 0)
    show_error (self, _("Could not remove the action item"), error);
  offer_undo (self, change, _("Action item removed"));
}

static void
set_action_done_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(MitActionItem) action = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;
  gboolean done;

  g_variant_get (parameter, "(xb)", &id, &done);
  action = mit_store_load_action_item (self->store, id, &error);
  if (action == NULL)
    return;
  /* Unticking a dropped item opens it again, as unticking a done one does. */
  mit_action_item_set_status (action, done ? MIT_ACTION_DONE : MIT_ACTION_OPEN);
  save_pending (self);
  if (!mit_store_save_action_item (self->store, action, &error))
    show_error (self, _("Could not save the action item"), error);
}

static void
carry_over_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;
  save_pending (self);
  if (!mit_store_carry_over_action_items (self->store, mit_meeting_get_id (self->meeting), NULL, &error))
    show_error (self, _("Could not bring the open action items onto the agenda"), error);
}

/* Saves the details with the venue @venue_id (0: a free address). */
static void
set_venue (MitMeetingEditor *self,
           gint64            venue_id)
{
  mit_debounce_cancel (self->debounce);
  if (venue_id > 0)
    {
      /* An address typed before belonged to no venue of the directory. */
      self->loading = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->address_row), "");
      self->loading = FALSE;
      mit_meeting_set_venue_text (self->meeting, "");
    }
  mit_meeting_set_venue_id (self->meeting, venue_id);
  self->details_dirty = TRUE;
  save_pending (self);
  update_venue_row (self);
}

static void
venue_chosen_cb (MitLinkDialog    *dialog,
                 gint64            id,
                 const char       *role,
                 MitMeetingEditor *self)
{
  if (self->meeting != NULL)
    set_venue (self, id);
}

static void
choose_venue_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  MitLinkDialog *dialog;

  if (self->meeting == NULL)
    return;
  dialog = mit_link_dialog_new (get_parent_window (self), self->store, MIT_RECORD_ACTOR);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Choose Venue"));
  mit_link_dialog_set_asks_role (dialog, FALSE);
  if (mit_meeting_get_venue_id (self->meeting) > 0)
    mit_link_dialog_select_id (dialog, mit_meeting_get_venue_id (self->meeting));
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (venue_chosen_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_venue_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);

  if (self->meeting == NULL)
    return;
  set_venue (self, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->address_row));
}

static void
presenter_chosen_cb (MitLinkDialog    *dialog,
                     gint64            person_id,
                     const char       *role,
                     MitMeetingEditor *self)
{
  gint64 item_id = GPOINTER_TO_SIZE (g_object_get_data (G_OBJECT (dialog), "mit-item-id"));
  ItemRow *ir = find_item_row (self, item_id);
  g_autoptr(MitAgendaItem) item = NULL;
  g_autoptr(GError) error = NULL;

  if (ir == NULL)
    return;
  save_pending (self);
  /* The combo offers only the steering group and the presenter it had: the
   * store's "changed" builds the agenda again (dropping @ir) so that it
   * offers this one. */
  item = g_object_ref (ir->item);
  mit_agenda_item_set_presenter_id (item, person_id);
  if (!mit_store_save_agenda_item (self->store, item, &error))
    show_error (self, _("Could not save the agenda item"), error);
}

static void
choose_presenter_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  gint64 item_id = g_variant_get_int64 (parameter);
  MitLinkDialog *dialog;

  if (find_item_row (self, item_id) == NULL)
    return;
  dialog = mit_link_dialog_new (get_parent_window (self), self->store, MIT_RECORD_PERSON);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Choose Presenter"));
  mit_link_dialog_set_asks_role (dialog, FALSE);
  g_object_set_data (G_OBJECT (dialog), "mit-item-id", GSIZE_TO_POINTER ((gsize)item_id));
  g_signal_connect_object (dialog, "chosen", G_CALLBACK (presenter_chosen_cb), self, 0);
  g_set_weak_pointer (&self->dialog, GTK_WINDOW (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);
  g_autoptr(GError) error = NULL;
  gint64 change;

  if (self->meeting == NULL)
    return;
  mit_debounce_cancel (self->debounce);
  save_pending (self);
  change = mit_store_delete_meeting (self->store, mit_meeting_get_id (self->meeting), &error);
  if (change == 0)
    {
      show_error (self, _("Could not delete the meeting"), error);
      return;
    }
  offer_undo (self, change, _("Meeting deleted"));
}

static void
meeting_mode_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (widget);

  if (self->meeting == NULL)
    return;
  mit_meeting_editor_flush (self);
  mit_meeting_mode_present (get_parent_window (self), self->store, mit_meeting_get_id (self->meeting));
}

/* ---- the object ------------------------------------------------------------------ */

static void
mit_meeting_editor_dispose (GObject *object)
{
  MitMeetingEditor *self = (MitMeetingEditor *)object;

  g_clear_pointer (&self->debounce, mit_debounce_free);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);
  g_clear_weak_pointer (&self->dialog);

  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_MEETING_EDITOR);

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->expanded, g_hash_table_unref);
  g_clear_object (&self->meeting);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_meeting_editor_parent_class)->dispose (object);
}

static void
mit_meeting_editor_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  MitMeetingEditor *self = MIT_MEETING_EDITOR (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, mit_meeting_editor_get_title (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mit_meeting_editor_class_init (MitMeetingEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_meeting_editor_dispose;
  object_class->get_property = mit_meeting_editor_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/meetings/mit-meeting-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, details_group);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, agenda_group);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, title_row);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, time_row);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, venue_row);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, venue_clear_button);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, address_row);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, status_row);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingEditor, notes_row);

  gtk_widget_class_install_action (widget_class, "meeting-editor.add-item", NULL, add_item_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.move-item", "(xi)", move_item_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.remove-item", "x", remove_item_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.add-decision", "x", add_decision_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.edit-decision", "x", edit_decision_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.remove-decision", "x",
                                   remove_decision_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.add-action-item", "x",
                                   add_action_item_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.edit-action-item", "x",
                                   edit_action_item_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.remove-action-item", "x",
                                   remove_action_item_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.set-action-done", "(xb)",
                                   set_action_done_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.carry-over", NULL, carry_over_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.choose-venue", NULL, choose_venue_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.clear-venue", NULL, clear_venue_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.choose-presenter", "x",
                                   choose_presenter_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "meeting-editor.meeting-mode", NULL, meeting_mode_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F5, 0, "meeting-editor.meeting-mode", NULL);
}

static void
mit_meeting_editor_init (MitMeetingEditor *self)
{
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_ptr_array_new_with_free_func (item_row_free);
  self->expanded = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->debounce = mit_debounce_new (SAVE_DELAY_MS, save_pending, self);

  for (int status = MIT_MEETING_PLANNED; status <= MIT_MEETING_STATUS_LAST; status++)
    gtk_string_list_append (statuses, mit_meeting_status_get_label (status));
  adw_combo_row_set_model (self->status_row, G_LIST_MODEL (statuses));

  g_signal_connect_swapped (self->title_row, "changed", G_CALLBACK (details_changed_cb), self);
  g_signal_connect_swapped (self->date_row, "changed", G_CALLBACK (details_changed_cb), self);
  g_signal_connect_swapped (self->time_row, "changed", G_CALLBACK (details_changed_cb), self);
  g_signal_connect_swapped (self->address_row, "changed", G_CALLBACK (details_changed_cb), self);
  g_signal_connect_swapped (self->notes_row, "changed", G_CALLBACK (details_changed_cb), self);
  g_signal_connect_swapped (self->status_row, "notify::selected", G_CALLBACK (status_changed_cb), self);

  fill_details (self);
}

void
mit_meeting_editor_set_store (MitMeetingEditor *self,
                              MitStore         *store)
{
  g_return_if_fail (MIT_IS_MEETING_EDITOR (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
}

gint64
mit_meeting_editor_get_meeting_id (MitMeetingEditor *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_EDITOR (self), 0);

  return self->meeting ? mit_meeting_get_id (self->meeting) : 0;
}

const char *
mit_meeting_editor_get_title (MitMeetingEditor *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_EDITOR (self), NULL);

  return gtk_editable_get_text (GTK_EDITABLE (self->title_row));
}

void
mit_meeting_editor_flush (MitMeetingEditor *self)
{
  g_return_if_fail (MIT_IS_MEETING_EDITOR (self));

  mit_debounce_cancel (self->debounce);
  save_pending (self);
}

void
mit_meeting_editor_focus_title (MitMeetingEditor *self)
{
  g_return_if_fail (MIT_IS_MEETING_EDITOR (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
}

GtkWindow *
mit_meeting_editor_get_dialog (MitMeetingEditor *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_EDITOR (self), NULL);

  return self->dialog;
}
