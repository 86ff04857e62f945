/* mit-meeting-list.c: the steering group's meetings, newest first
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMeetingList"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-meeting.h"
#include "mit-meeting-format.h"
#include "mit-meeting-list.h"
#include "mit-steering-group-dialog.h"
#include "mit-store.h"
#include "mit-store-meetings.h"
#include "mit-text-util.h"

struct _MitMeetingList
{
  AdwBin              parent_instance;

  /* template widgets */
  GtkSearchEntry     *search_entry;
  GtkStack           *stack;
  GtkLabel           *count_label;
  GtkListView        *list_view;

  /* borrowed */
  GtkWindow          *steering_dialog;   /* weak */

  /* owned */
  MitStore           *store;
  GListStore         *meetings;
  GtkSingleSelection *selection;
  char               *today;
  gint64              selected_id;
  guint               updating : 1;
  guint               in_key_press : 1;
};

G_DEFINE_FINAL_TYPE (MitMeetingList, mit_meeting_list, ADW_TYPE_BIN)

enum {
  MEETING_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static gint64
get_id_at (MitMeetingList *self,
           guint           position)
{
  g_autoptr(MitMeeting) meeting = g_list_model_get_item (G_LIST_MODEL (self->meetings), position);

  return meeting != NULL ? mit_meeting_get_id (meeting) : 0;
}

static guint
find_id (MitMeetingList *self,
         gint64          id)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));

  for (guint i = 0; id > 0 && i < n; i++)
    if (get_id_at (self, i) == id)
      return i;
  return GTK_INVALID_LIST_POSITION;
}

static const char *
get_today (MitMeetingList *self)
{
  if (self->today == NULL)
    self->today = mit_text_dup_today ();
  return self->today;
}

/* Whether every word of @words is found at the start of a word of the
 * meeting's title, venue or date (as people read it). */
static gboolean
meeting_matches (MitMeeting         *meeting,
                 const char * const *words)
{
  g_autofree char *when = mit_meeting_format_when (meeting);
  g_autofree char *text = g_strjoin (" ", mit_meeting_get_title (meeting),
                                     mit_meeting_get_venue_label (meeting), when,
                                     mit_meeting_get_date (meeting), NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0' && !g_str_match_string (words[i], text, TRUE))
      return FALSE;
  return TRUE;
}

static void
update_state (MitMeetingList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->meetings));
  gboolean any = n > 0 || (self->store != NULL && mit_store_count_meetings (self->store) > 0);
  g_autofree char *count = g_strdup_printf (ngettext ("%u meeting", "%u meetings", n), n);

  gtk_label_set_text (self->count_label, count);

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (!any)
    gtk_stack_set_visible_child_name (self->stack, "empty");
  else
    gtk_stack_set_visible_child_name (self->stack, "no-results");

  gtk_widget_set_sensitive (GTK_WIDGET (self->search_entry), any);
}

static void
restore_selection (MitMeetingList *self)
{
  guint position = find_id (self, self->selected_id);

  if (gtk_single_selection_get_selected (self->selection) == position)
    return;

  self->updating = TRUE;
  gtk_single_selection_set_selected (self->selection, position);
  self->updating = FALSE;
}

static void
reload (MitMeetingList *self)
{
  g_autoptr(GPtrArray) meetings = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) words = NULL;

  if (self->store == NULL)
    return;

  meetings = mit_store_list_meetings (self->store, &error);
  if (meetings == NULL)
    {
      g_warning ("Cannot list the meetings: %s", error->message);
      return;
    }

  words = g_strsplit_set (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), " \t", -1);
  for (guint i = 0; i < meetings->len; i++)
    if (meeting_matches (g_ptr_array_index (meetings, i), (const char * const *)words))
      g_ptr_array_add (shown, g_ptr_array_index (meetings, i));

  self->updating = TRUE;
  g_list_store_splice (self->meetings, 0, g_list_model_get_n_items (G_LIST_MODEL (self->meetings)),
                       shown->pdata, shown->len);
  self->updating = FALSE;

  restore_selection (self);
  update_state (self);
}

static void
search_changed_cb (GtkSearchEntry *entry,
                   MitMeetingList *self)
{
  reload (self);
}

static void
clear_search (MitMeetingList *self)
{
  self->updating = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  self->updating = FALSE;
  reload (self);
}

static void
clear_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  MitMeetingList *self = MIT_MEETING_LIST (widget);

  clear_search (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
show_steering_group_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  MitMeetingList *self = MIT_MEETING_LIST (widget);
  GtkRoot *root = gtk_widget_get_root (widget);

  if (self->store == NULL)
    return;
  /* One window for the group: a second click brings it back to the front. */
  if (self->steering_dialog == NULL)
    g_set_weak_pointer (&self->steering_dialog,
                        GTK_WINDOW (mit_steering_group_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                                   self->store)));
  gtk_window_present (self->steering_dialog);
}

static void
store_changed_cb (MitStore       *store,
                  guint           kinds,
                  MitMeetingList *self)
{
  if (kinds & (MIT_RECORD_MEETING | MIT_RECORD_ACTOR))
    reload (self);
}

/* Selection and keys, as in mit-record-list.c */

static void
emit_selected (MitMeetingList *self,
               gboolean        navigate)
{
  g_signal_emit (self, signals[MEETING_SELECTED], 0, self->selected_id, navigate);
}

static void
search_activate_cb (GtkSearchEntry *entry,
                    MitMeetingList *self)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->meetings)) == 0)
    return;

  self->selected_id = get_id_at (self, 0);
  gtk_single_selection_set_selected (self->selection, 0);
  emit_selected (self, TRUE);
}

static void
search_stop_cb (GtkSearchEntry *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
list_activate_cb (GtkListView    *view,
                  guint           position,
                  MitMeetingList *self)
{
  self->selected_id = get_id_at (self, position);
  emit_selected (self, TRUE);
}

static void
selection_changed_cb (MitMeetingList *self)
{
  guint position;
  gint64 id;

  if (self->updating)
    return;

  position = gtk_single_selection_get_selected (self->selection);
  if (position == GTK_INVALID_LIST_POSITION)
    return;

  id = get_id_at (self, position);
  if (id == self->selected_id)
    return;

  self->selected_id = id;
  emit_selected (self, !self->in_key_press);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MitMeetingList        *self)
{
  if ((keyval == GDK_KEY_Delete || keyval == GDK_KEY_KP_Delete) &&
      (state & gtk_accelerator_get_default_mod_mask ()) == 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.delete", NULL);
      return GDK_EVENT_STOP;
    }

  self->in_key_press = TRUE;
  return GDK_EVENT_PROPAGATE;
}

static void
key_released_cb (MitMeetingList *self)
{
  self->in_key_press = FALSE;
}

/* Rows: title, when and where, and a pill for upcoming meetings. */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 9);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *pill = gtk_label_new (C_("meeting", "Upcoming"));

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);

  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 30);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");

  gtk_widget_add_css_class (pill, "mit-level-pill");
  gtk_widget_add_css_class (pill, "accent");
  gtk_widget_add_css_class (pill, "caption");
  gtk_widget_set_valign (pill, GTK_ALIGN_CENTER);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), subtitle);
  gtk_widget_set_hexpand (box, TRUE);
  gtk_box_append (GTK_BOX (row), box);
  gtk_box_append (GTK_BOX (row), pill);
  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 6);
  gtk_widget_set_margin_end (row, 6);

  gtk_list_item_set_child (item, row);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             MitMeetingList           *self)
{
  MitMeeting *meeting = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *box = gtk_widget_get_first_child (row);
  GtkWidget *pill = gtk_widget_get_next_sibling (box);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *subtitle = gtk_widget_get_next_sibling (title);
  g_autofree char *when = mit_meeting_format_subtitle (meeting);

  gtk_label_set_text (GTK_LABEL (title), mit_meeting_get_title (meeting));
  gtk_label_set_text (GTK_LABEL (subtitle), when);
  gtk_widget_set_visible (pill, mit_meeting_is_upcoming (meeting, get_today (self)));
}

static void
mit_meeting_list_dispose (GObject *object)
{
  MitMeetingList *self = (MitMeetingList *)object;

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  g_clear_weak_pointer (&self->steering_dialog);
  gtk_widget_dispose_template (GTK_WIDGET (self), MIT_TYPE_MEETING_LIST);

  g_clear_object (&self->selection);
  g_clear_object (&self->meetings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->today, g_free);

  G_OBJECT_CLASS (mit_meeting_list_parent_class)->dispose (object);
}

static void
mit_meeting_list_class_init (MitMeetingListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_meeting_list_dispose;

  /**
   * MitMeetingList::meeting-selected:
   * @id: the meeting
   * @navigate: TRUE when the user chose it (click, Enter), FALSE when
   *   moving through the list with the keyboard
   */
  signals[MEETING_SELECTED] =
    g_signal_new ("meeting-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/miteinander/Miteinander/gui/meetings/mit-meeting-list.ui");
  gtk_widget_class_bind_template_child (widget_class, MitMeetingList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingList, stack);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingList, count_label);
  gtk_widget_class_bind_template_child (widget_class, MitMeetingList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);

  gtk_widget_class_install_action (widget_class, "meeting-list.clear-search", NULL,
                                   clear_search_action);
  gtk_widget_class_install_action (widget_class, "meeting-list.show-steering-group", NULL,
                                   show_steering_group_action);
}

static void
mit_meeting_list_init (MitMeetingList *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->meetings = g_list_store_new (MIT_TYPE_MEETING);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->meetings)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_swapped (self->selection, "notify::selected",
                            G_CALLBACK (selection_changed_cb), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  g_signal_connect_object (keys, "key-released", G_CALLBACK (key_released_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), keys);
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self->list_view));

  update_state (self);
}

void
mit_meeting_list_set_store (MitMeetingList *self,
                            MitStore       *store)
{
  g_return_if_fail (MIT_IS_MEETING_LIST (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
}

GListModel *
mit_meeting_list_get_model (MitMeetingList *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_LIST (self), NULL);

  return G_LIST_MODEL (self->meetings);
}

void
mit_meeting_list_focus_search (MitMeetingList *self)
{
  g_return_if_fail (MIT_IS_MEETING_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

void
mit_meeting_list_select_id (MitMeetingList *self,
                            gint64          id)
{
  guint position;

  g_return_if_fail (MIT_IS_MEETING_LIST (self));

  self->selected_id = id;
  position = find_id (self, id);
  if (position == GTK_INVALID_LIST_POSITION && id > 0)
    {
      clear_search (self);
      position = find_id (self, id);
    }

  restore_selection (self);

  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

gint64
mit_meeting_list_get_selected_id (MitMeetingList *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_LIST (self), 0);

  return self->selected_id;
}

void
mit_meeting_list_set_today (MitMeetingList *self,
                            const char     *today)
{
  g_return_if_fail (MIT_IS_MEETING_LIST (self));

  g_clear_pointer (&self->today, g_free);
  self->today = g_strdup (today);
  reload (self);
  /* Rows already bound show the old mark: bind them again. */
  gtk_list_view_set_model (self->list_view, NULL);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

GtkWindow *
mit_meeting_list_get_steering_dialog (MitMeetingList *self)
{
  g_return_val_if_fail (MIT_IS_MEETING_LIST (self), NULL);

  return self->steering_dialog;
}
