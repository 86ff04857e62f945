/* mit-month-view.c: the events of one month in a grid of weeks
 *
 * The grid is always six weeks of seven day cells, built once; showing a
 * month asks the store for the occurrences of those six weeks only
 * (mit_store_find_occurrences), loads their events in one query and puts
 * at most MAX_SHOWN buttons into each cell, so a month of a busy calendar
 * costs no more widgets than a quiet one. Narrower than COMPACT_WIDTH,
 * the cells show the start times only (titles stay in the tooltips and
 * the accessible labels).
 *
 * Copyright 2025 The Miteinander authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "MitMonthView"

#include "config.h"

#include <glib/gi18n.h>

#include "mit-event-format.h"
#include "mit-month-view.h"
#include "mit-store.h"
#include "mit-store-events.h"
#include "mit-validate.h"

#define N_WEEKS 6
#define N_CELLS (N_WEEKS * 7)
#define MAX_SHOWN 3
#define COMPACT_WIDTH 500
#define SPACING 6

typedef struct
{
  GtkWidget *box;       /* the cell */
  GtkWidget *button;    /* the day's number, focusable */
  GDate      date;
  guint      first;     /* the day's occurrences: index in self->occurrences */
  guint      n;
} Cell;

struct _MitMonthView
{
  GtkWidget       parent_instance;

  GtkWidget      *header;
  GtkWidget      *title_label;
  GtkWidget      *grid;
  GtkWidget      *day_popover;
  GtkWidget      *day_popover_box;
  Cell            cells[N_CELLS];

  /* owned */
  MitStore       *store;
  GArray         *occurrences;    /* MitOccurrence, by day of the cells, then start */
  GHashTable     *events;         /* event id → MitEvent */
  MitEventFilter  filter;
  int             year;
  int             month;
  char            first_day[11];
  gboolean        compact;
  guint           compact_idle;
};

G_DEFINE_FINAL_TYPE (MitMonthView, mit_month_view, GTK_TYPE_WIDGET)

enum {
  EVENT_SELECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GDateTime *
date_to_local (const GDate *date,
               int          hour)
{
  return g_date_time_new_local (g_date_get_year (date), g_date_get_month (date),
                                g_date_get_day (date),
                                hour, 0, 0);
}

static gint64
date_to_unix (const GDate *date)
{
  g_autoptr(GDateTime) time = date_to_local (date, 0);

  return g_date_time_to_unix (time);
}

static void
clear_cell (Cell *cell)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_next_sibling (cell->button)) != NULL)
    gtk_box_remove (GTK_BOX (cell->box), child);
}

static void
occurrence_clicked_cb (GtkButton    *button,
                       MitMonthView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "mit-event-id");

  if (self->day_popover != NULL && gtk_widget_get_visible (self->day_popover))
    gtk_popover_popdown (GTK_POPOVER (self->day_popover));
  if (id != NULL)
    g_signal_emit (self, signals[EVENT_SELECTED], 0, *id, TRUE);
}

static GtkWidget *
new_occurrence_button (MitMonthView        *self,
                       const MitOccurrence *occurrence)
{
  MitEvent *event = g_hash_table_lookup (self->events, &occurrence->event_id);
  const char *title = event != NULL ? mit_event_get_title (event) : "";
  const char *tzid = event != NULL ? mit_event_get_tzid (event) : NULL;
  g_autofree char *text = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *when = mit_event_format_times (occurrence, tzid);
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new (NULL);

  if (occurrence->all_day)
    text = g_strdup (self->compact ? "•" : title);
  else if (self->compact)
    {
      g_autoptr(GDateTime) start = mit_occurrence_dup_local_start (occurrence, tzid);

      text = g_date_time_format (start, "%H:%M");
    }
  else
    {
      g_autoptr(GDateTime) start = mit_occurrence_dup_local_start (occurrence, tzid);
      g_autofree char *time = g_date_time_format (start, "%H:%M");

      /* Translators: an event in the month view: its start time and title */
      text = g_strdup_printf (C_("month view", "%s %s"), time, title);
    }

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  /* No width in characters: a window of 360 px holds seven cells, which
   * then show the start times only. */
  gtk_widget_add_css_class (label, "caption");
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "mit-month-event");
  if (occurrence->all_day)
    gtk_widget_add_css_class (label, "caption-heading");
  if (event != NULL && mit_event_get_status (event) == MIT_EVENT_CANCELLED)
    gtk_widget_add_css_class (label, "dim-label");

  accessible = g_strdup_printf ("%s, %s", title, when);
  gtk_widget_set_tooltip_text (button, accessible);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);

  g_object_set_data_full (G_OBJECT (button), "mit-event-id",
                          g_memdup2 (&occurrence->event_id, sizeof (gint64)), g_free);
  g_signal_connect_object (button, "clicked", G_CALLBACK (occurrence_clicked_cb), self, 0);
  return button;
}

/* Loads the events @ids (not loaded yet) into self->events. */
static void
load_events (MitMonthView *self,
             GArray       *ids)
{
  g_autoptr(GArray) missing = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < ids->len; i++)
    if (!g_hash_table_contains (self->events, &g_array_index (ids, gint64, i)))
      g_array_append_val (missing, g_array_index (ids, gint64, i));
  if (missing->len == 0 || self->store == NULL)
    return;

  events = mit_store_load_events (self->store, (const gint64 *)(gpointer)missing->data,
                                  missing->len, &error);
  if (events == NULL)
    {
      g_warning ("Cannot load the events of the month: %s", error->message);
      return;
    }
  for (guint i = 0; i < events->len; i++)
    {
      MitEvent *event = g_ptr_array_index (events, i);

      g_hash_table_insert (self->events, g_memdup2 (&(gint64){ mit_event_get_id (event) },
                                                    sizeof (gint64)),
                           g_object_ref (event));
    }
}

/* The popover listing every occurrence of one day. */
static void
show_day (MitMonthView *self,
          Cell         *cell)
{
  GtkWidget *child;

  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (cell->n == 0)
    return;

  for (guint i = 0; i < cell->n; i++)
    g_array_append_val (ids, g_array_index (self->occurrences, MitOccurrence,
                                            cell->first + i).event_id);
  load_events (self, ids);

  while ((child = gtk_widget_get_first_child (self->day_popover_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->day_popover_box), child);

  {
    g_autoptr(GDateTime) day = date_to_local (&cell->date, 12);
    g_autofree char *heading = mit_event_format_day (day);
    GtkWidget *label = gtk_label_new (heading);

    gtk_widget_add_css_class (label, "heading");
    gtk_label_set_xalign (GTK_LABEL (label), 0);
    gtk_widget_set_margin_bottom (label, 6);
    gtk_box_append (GTK_BOX (self->day_popover_box), label);
  }

  for (guint i = 0; i < cell->n; i++)
    gtk_box_append (GTK_BOX (self->day_popover_box),
                    new_occurrence_button (self, &g_array_index (self->occurrences, MitOccurrence,
                                                                 cell->first + i)));

  if (gtk_widget_get_parent (self->day_popover) != NULL)
    gtk_widget_unparent (self->day_popover);
  gtk_widget_set_parent (self->day_popover, cell->box);
  gtk_popover_popup (GTK_POPOVER (self->day_popover));
}

static Cell *
find_cell (MitMonthView *self,
           GtkWidget    *widget)
{
  for (guint i = 0; i < N_CELLS; i++)
    if (self->cells[i].button == widget || self->cells[i].box == widget)
      return &self->cells[i];
  return NULL;
}

static void
day_clicked_cb (GtkButton    *button,
                MitMonthView *self)
{
  Cell *cell = find_cell (self, GTK_WIDGET (button));

  if (cell != NULL)
    show_day (self, cell);
}

static void
more_clicked_cb (GtkButton    *button,
                 MitMonthView *self)
{
  Cell *cell = find_cell (self, gtk_widget_get_parent (GTK_WIDGET (button)));

  if (cell != NULL)
    show_day (self, cell);
}

static void
update_cell_labels (MitMonthView *self,
                    Cell         *cell,
                    const GDate  *today_date)
{
  g_autoptr(GDateTime) day = date_to_local (&cell->date, 12);
  g_autofree char *heading = mit_event_format_day (day);
  g_autofree char *accessible = NULL;
  g_autofree char *number = g_strdup_printf ("%u", g_date_get_day (&cell->date));
  gboolean today = g_date_compare (&cell->date, today_date) == 0;

  gtk_button_set_label (GTK_BUTTON (cell->button), number);
  if (cell->n == 0)
    accessible = g_strdup_printf (_("%s, no events"), heading);
  else
    accessible = g_strdup_printf (ngettext ("%s, %u event", "%s, %u events", cell->n), heading,
                                  cell->n);
  gtk_accessible_update_property (GTK_ACCESSIBLE (cell->button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible, -1);
  gtk_widget_set_tooltip_text (cell->button, accessible);

  if ((int)g_date_get_month (&cell->date) != self->month)
    gtk_widget_add_css_class (cell->button, "dim-label");
  else
    gtk_widget_remove_css_class (cell->button, "dim-label");
  if (today)
    {
      gtk_widget_add_css_class (cell->button, "accent");
      gtk_widget_add_css_class (cell->button, "heading");
    }
  else
    {
      gtk_widget_remove_css_class (cell->button, "accent");
      gtk_widget_remove_css_class (cell->button, "heading");
    }
}

static void fill_cells (MitMonthView *self);

static void
reload (MitMonthView *self)
{
  GDate first, end;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GDateTime) month_start = NULL;
  gint64 day_starts[N_CELLS + 1];
  int offset;

  /* Monday of the week of the first of the month */
  g_date_clear (&first, 1);
  g_date_set_dmy (&first, 1, (GDateMonth)self->month, (GDateYear)self->year);
  offset = (int)g_date_get_weekday (&first) - G_DATE_MONDAY;
  g_date_subtract_days (&first, (guint)offset);
  end = first;
  g_date_add_days (&end, N_CELLS);
  g_date_strftime (self->first_day, sizeof self->first_day, "%Y-%m-%d", &first);

  month_start = g_date_time_new_local (self->year, self->month, 1, 12, 0, 0);
  /* Translators: the month view's title, e.g. "November 2026" (strftime) */
  title = g_date_time_format (month_start, C_("month view title", "%B %Y"));
  gtk_label_set_text (GTK_LABEL (self->title_label), title);

  g_array_set_size (self->occurrences, 0);
  g_hash_table_remove_all (self->events);

  if (self->store != NULL)
    {
      found = mit_store_find_occurrences (self->store, date_to_unix (&first), date_to_unix (&end),
                                          &self->filter, &error);
      if (found == NULL)
        g_warning ("Cannot list the events of the month: %s", error->message);
    }

  /* Where each day begins (local midnight; days of 23 or 25 hours too) */
  for (guint c = 0; c <= N_CELLS; c++)
    {
      GDate date = first;

      g_date_add_days (&date, c);
      day_starts[c] = date_to_unix (&date);
      if (c < N_CELLS)
        {
          self->cells[c].date = date;
          self->cells[c].n = 0;
        }
    }

  /* Each day gets the occurrences that overlap it, so an event over
   * several days shows on each of them. Two passes: count, then fill, so
   * that the occurrences of a day lie side by side in self->occurrences. */
  for (int pass = 0; pass < 2 && found != NULL; pass++)
    {
      guint *next = NULL;

      if (pass == 1)
        {
          guint total = 0;

          next = g_newa (guint, N_CELLS);
          for (guint c = 0; c < N_CELLS; c++)
            {
              self->cells[c].first = total;
              next[c] = total;
              total += self->cells[c].n;
            }
          g_array_set_size (self->occurrences, total);
        }

      for (guint i = 0; i < found->len; i++)
        {
          const MitOccurrence *occurrence = &g_array_index (found, MitOccurrence, i);
          guint lo = 0, hi = N_CELLS;

          /* the last day that begins at or before the start */
          while (hi - lo > 1)
            {
              guint mid = (lo + hi) / 2;

              if (day_starts[mid] <= occurrence->start)
                lo = mid;
              else
                hi = mid;
            }

          for (guint c = lo; c < N_CELLS && day_starts[c] < occurrence->end; c++)
            {
              if (occurrence->end <= day_starts[c])
                break;
              if (pass == 0)
                self->cells[c].n++;
              else
                g_array_index (self->occurrences, MitOccurrence, next[c]++) = *occurrence;
            }
        }
    }

  /* Only the events of the buttons shown are loaded; the rest when a
   * day's list is opened. */
  seen = g_hash_table_new (g_int64_hash, g_int64_equal);
  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint c = 0; c < N_CELLS; c++)
    for (guint i = 0; i < self->cells[c].n && i < MAX_SHOWN; i++)
      {
        gint64 *id = &g_array_index (self->occurrences, MitOccurrence,
                                     self->cells[c].first + i).event_id;

        if (g_hash_table_add (seen, id))
          g_array_append_val (ids, *id);
      }
  load_events (self, ids);
  fill_cells (self);
}

/* The buttons of each day, from self->occurrences. */
static void
fill_cells (MitMonthView *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate today;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, (GDateDay)g_date_time_get_day_of_month (now),
                  (GDateMonth)g_date_time_get_month (now),
                  (GDateYear)g_date_time_get_year (now));

  for (guint c = 0; c < N_CELLS; c++)
    {
      Cell *cell = &self->cells[c];

      clear_cell (cell);
      for (guint i = 0; i < cell->n && i < MAX_SHOWN; i++)
        gtk_box_append (GTK_BOX (cell->box),
                        new_occurrence_button (self, &g_array_index (self->occurrences,
                                                                     MitOccurrence,
                                                                     cell->first + i)));

      if (cell->n > MAX_SHOWN)
        {
          /* Translators: narrow, the month view says how many more
           * events a day has in this short form */
          g_autofree char *more = self->compact
            ? g_strdup_printf (C_("month view, narrow", "+%u"), cell->n - MAX_SHOWN)
            : g_strdup_printf (ngettext ("+%u more", "+%u more", cell->n - MAX_SHOWN),
                               cell->n - MAX_SHOWN);
          GtkWidget *button = gtk_button_new_with_label (more);
          g_autofree char *label = g_strdup_printf (ngettext ("Show %u more event",
                                                              "Show %u more events",
                                                              cell->n - MAX_SHOWN), cell->n - MAX_SHOWN);

          gtk_widget_add_css_class (button, "flat");
          gtk_widget_add_css_class (button, "caption");
          gtk_widget_add_css_class (button, "mit-month-more");
          gtk_widget_set_halign (button, GTK_ALIGN_START);
          gtk_widget_set_tooltip_text (button, label);
          g_signal_connect_object (button, "clicked", G_CALLBACK (more_clicked_cb), self, 0);
          gtk_box_append (GTK_BOX (cell->box), button);
        }

      update_cell_labels (self, cell, &today);
    }
}

/* Navigation */

static void
move_month (MitMonthView *self,
            int           delta)
{
  int month = self->month - 1 + delta;
  int year = self->year + (month < 0 ? (month - 11) / 12 : month / 12);

  month = ((month % 12) + 12) % 12;
  mit_month_view_set_month (self, year, month + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  move_month (MIT_MONTH_VIEW (widget), -1);
}

static void
next_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  move_month (MIT_MONTH_VIEW (widget), 1);
}

static void
today_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  MitMonthView *self = MIT_MONTH_VIEW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

  mit_month_view_focus_day (self, today);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                MitMonthView          *self)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  Cell *cell = NULL;
  int days = 0;
  GDate target;
  char text[11];

  if ((state & gtk_accelerator_get_default_mod_mask ()) != 0)
    return GDK_EVENT_PROPAGATE;

  switch (keyval)
    {
    case GDK_KEY_Page_Up:
    case GDK_KEY_KP_Page_Up:
      move_month (self, -1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down:
      move_month (self, 1);
      return GDK_EVENT_STOP;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: days = -1; break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: days = 1; break;
    case GDK_KEY_Up: case GDK_KEY_KP_Up: days = -7; break;
    case GDK_KEY_Down: case GDK_KEY_KP_Down: days = 7; break;
    default:
      return GDK_EVENT_PROPAGATE;
    }

  /* Only between the days' numbers; Tab reaches the events. */
  if (focus != NULL)
    cell = find_cell (self, focus);
  if (cell == NULL)
    return GDK_EVENT_PROPAGATE;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL && (days == 1 || days == -1))
    days = -days;

  target = cell->date;
  if (days > 0)
    g_date_add_days (&target, (guint)days);
  else
    g_date_subtract_days (&target, (guint)-days);
  g_date_strftime (text, sizeof text, "%Y-%m-%d", &target);
  mit_month_view_focus_day (self, text);
  return GDK_EVENT_STOP;
}

static void
store_changed_cb (MitStore     *store,
                  guint         kinds,
                  MitMonthView *self)
{
  if (kinds & MIT_RECORD_EVENT)
    reload (self);
}

/* The header over the grid. */
static void
mit_month_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  MitMonthView *self = MIT_MONTH_VIEW (widget);
  int header_min, header_nat, grid_min, grid_nat;

  *minimum = *natural = 0;
  if (self->header == NULL || self->grid == NULL)
    return;
  gtk_widget_measure (self->header, orientation, for_size, &header_min, &header_nat, NULL, NULL);
  gtk_widget_measure (self->grid, orientation, for_size, &grid_min, &grid_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MAX (header_min, grid_min);
      *natural = MAX (header_nat, grid_nat);
    }
  else
    {
      *minimum = header_min + SPACING + grid_min;
      *natural = header_nat + SPACING + grid_nat;
    }
}

static gboolean
update_compact_cb (gpointer data)
{
  MitMonthView *self = data;
  gboolean compact = gtk_widget_get_width (GTK_WIDGET (self)) < COMPACT_WIDTH;

  self->compact_idle = 0;
  if (compact != self->compact)
    {
      self->compact = compact;
      if (compact)
        gtk_widget_add_css_class (GTK_WIDGET (self), "compact");
      else
        gtk_widget_remove_css_class (GTK_WIDGET (self), "compact");
      fill_cells (self);
    }
  return G_SOURCE_REMOVE;
}

static void
mit_month_view_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  MitMonthView *self = MIT_MONTH_VIEW (widget);
  int header_min, header_nat;

  if (self->header == NULL || self->grid == NULL)
    return;
  gtk_widget_measure (self->header, GTK_ORIENTATION_VERTICAL, width, &header_min, &header_nat,
                      NULL, NULL);
  header_nat = CLAMP (header_nat, header_min, MAX (header_min, height));
  gtk_widget_allocate (self->header, width, header_nat, -1, NULL);
  gtk_widget_allocate (self->grid, width, MAX (0, height - header_nat - SPACING), -1,
                       gsk_transform_translate (NULL, &GRAPHENE_POINT_INIT (0, header_nat + SPACING)));

  /* The cells' contents change after the allocation, not during it. */
  if ((width < COMPACT_WIDTH) != self->compact && self->compact_idle == 0)
    self->compact_idle = g_idle_add (update_compact_cb, self);
}

static void
mit_month_view_dispose (GObject *object)
{
  MitMonthView *self = (MitMonthView *)object;
  GtkWidget *child;

  g_clear_handle_id (&self->compact_idle, g_source_remove);

  if (self->store != NULL)
    g_signal_handlers_disconnect_by_data (self->store, self);

  if (self->day_popover != NULL)
    {
      if (gtk_widget_get_parent (self->day_popover) != NULL)
        gtk_widget_unparent (self->day_popover);
      g_clear_object (&self->day_popover);
    }

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  /* Measured and allocated no more. */
  self->header = NULL;
  self->grid = NULL;

  g_clear_pointer (&self->occurrences, g_array_unref);
  g_clear_pointer (&self->events, g_hash_table_unref);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (mit_month_view_parent_class)->dispose (object);
}

static void
mit_month_view_class_init (MitMonthViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mit_month_view_dispose;

  /**
   * MitMonthView::event-selected:
   * @event_id: the event of the occurrence clicked
   * @navigate: always TRUE
   */
  signals[EVENT_SELECTED] =
    g_signal_new ("event-selected",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_BOOLEAN);

  widget_class->measure = mit_month_view_measure;
  widget_class->size_allocate = mit_month_view_size_allocate;
  gtk_widget_class_set_css_name (widget_class, "mit-month-view");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);

  gtk_widget_class_install_action (widget_class, "month-view.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "month-view.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "month-view.today", NULL, today_action);
}

static GtkWidget *
new_nav_button (const char *icon_name,
                const char *label,
                const char *action_name)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  return button;
}

static void
mit_month_view_init (MitMonthView *self)
{
  GtkWidget *nav = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *today = gtk_button_new_with_mnemonic (_("_Today"));
  GtkEventController *keys;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate monday;

  self->occurrences = g_array_new (FALSE, FALSE, sizeof (MitOccurrence));
  self->events = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_object_unref);
  mit_event_filter_init (&self->filter);

  /* Header: title, then previous, today, next */
  self->header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_start (self->header, 6);
  gtk_widget_set_margin_end (self->header, 6);
  gtk_widget_set_margin_top (self->header, 6);
  self->title_label = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->title_label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (self->title_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (self->title_label, TRUE);
  gtk_widget_add_css_class (self->title_label, "title-3");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Month shown"), -1);
  gtk_widget_add_css_class (nav, "linked");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (today), "month-view.today");
  gtk_widget_set_tooltip_text (today, _("Show This Month"));
  gtk_box_append (GTK_BOX (nav), new_nav_button ("go-previous-symbolic", _("Previous Month"),
                                                 "month-view.previous"));
  gtk_box_append (GTK_BOX (nav), today);
  gtk_box_append (GTK_BOX (nav), new_nav_button ("go-next-symbolic", _("Next Month"),
                                                 "month-view.next"));
  gtk_box_append (GTK_BOX (self->header), self->title_label);
  gtk_box_append (GTK_BOX (self->header), nav);
  gtk_widget_set_parent (self->header, GTK_WIDGET (self));

  /* Weekday names over the columns, Monday first */
  self->grid = gtk_grid_new ();
  gtk_grid_set_column_homogeneous (GTK_GRID (self->grid), TRUE);
  gtk_grid_set_row_spacing (GTK_GRID (self->grid), 3);
  gtk_grid_set_column_spacing (GTK_GRID (self->grid), 3);
  gtk_widget_set_vexpand (self->grid, TRUE);
  gtk_widget_set_margin_start (self->grid, 6);
  gtk_widget_set_margin_end (self->grid, 6);
  gtk_widget_set_margin_bottom (self->grid, 6);
  g_date_clear (&monday, 1);
  g_date_set_dmy (&monday, 5, G_DATE_JANUARY, 2026);  /* a Monday */
  for (int d = 0; d < 7; d++)
    {
      char name[64];
      GtkWidget *label;

      g_date_strftime (name, sizeof name, "%a", &monday);
      label = gtk_label_new (name);
      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption-heading");
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_grid_attach (GTK_GRID (self->grid), label, d, 0, 1, 1);
      g_date_add_days (&monday, 1);
    }

  for (guint c = 0; c < N_CELLS; c++)
    {
      Cell *cell = &self->cells[c];

      cell->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      gtk_widget_add_css_class (cell->box, "card");
      gtk_widget_add_css_class (cell->box, "mit-month-day");
      gtk_widget_set_vexpand (cell->box, TRUE);
      gtk_widget_set_size_request (cell->box, 40, 64);
      gtk_widget_set_overflow (cell->box, GTK_OVERFLOW_HIDDEN);
      cell->button = gtk_button_new_with_label ("");
      gtk_widget_add_css_class (cell->button, "flat");
      gtk_widget_add_css_class (cell->button, "circular");
      gtk_widget_set_halign (cell->button, GTK_ALIGN_START);
      g_signal_connect_object (cell->button, "clicked", G_CALLBACK (day_clicked_cb), self, 0);
      gtk_box_append (GTK_BOX (cell->box), cell->button);
      gtk_grid_attach (GTK_GRID (self->grid), cell->box, (int)(c % 7), (int)(c / 7) + 1, 1, 1);
    }
  gtk_widget_set_parent (self->grid, GTK_WIDGET (self));

  self->day_popover = g_object_ref_sink (gtk_popover_new ());
  self->day_popover_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_size_request (self->day_popover_box, 220, -1);
  gtk_popover_set_child (GTK_POPOVER (self->day_popover), self->day_popover_box);

  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
  gtk_widget_add_controller (self->grid, keys);

  self->year = g_date_time_get_year (now);
  self->month = g_date_time_get_month (now);
  reload (self);
}

GtkWidget *
mit_month_view_new (void)
{
  return g_object_new (MIT_TYPE_MONTH_VIEW, NULL);
}

void
mit_month_view_set_store (MitMonthView *self,
                          MitStore     *store)
{
  g_return_if_fail (MIT_IS_MONTH_VIEW (self));
  g_return_if_fail (MIT_IS_STORE (store));
  g_return_if_fail (self->store == NULL);

  self->store = g_object_ref (store);
  g_signal_connect_object (store, "changed", G_CALLBACK (store_changed_cb), self, 0);
  reload (self);
}

void
mit_month_view_set_month (MitMonthView *self,
                          int           year,
                          int           month)
{
  g_return_if_fail (MIT_IS_MONTH_VIEW (self));
  g_return_if_fail (month >= 1 && month <= 12);
  g_return_if_fail (year >= 1 && year <= 9999);

  self->year = year;
  self->month = month;
  reload (self);
}

int
mit_month_view_get_year (MitMonthView *self)
{
  g_return_val_if_fail (MIT_IS_MONTH_VIEW (self), 0);

  return self->year;
}

int
mit_month_view_get_month (MitMonthView *self)
{
  g_return_val_if_fail (MIT_IS_MONTH_VIEW (self), 0);

  return self->month;
}

void
mit_month_view_set_filter (MitMonthView *self,
                           gint64        target_group_id,
                           gint64        organiser_id,
                           int           status)
{
  g_return_if_fail (MIT_IS_MONTH_VIEW (self));

  self->filter.target_group_id = target_group_id;
  self->filter.organiser_id = organiser_id;
  self->filter.status = status >= MIT_EVENT_IDEA && status <= MIT_EVENT_STATUS_LAST ? status : -1;
  reload (self);
}

const char *
mit_month_view_get_first_day (MitMonthView *self)
{
  g_return_val_if_fail (MIT_IS_MONTH_VIEW (self), NULL);

  return self->first_day;
}

GArray *
mit_month_view_get_occurrences (MitMonthView *self)
{
  g_return_val_if_fail (MIT_IS_MONTH_VIEW (self), NULL);

  return self->occurrences;
}

void
mit_month_view_focus_day (MitMonthView *self,
                          const char   *day)
{
  GDate date;

  g_return_if_fail (MIT_IS_MONTH_VIEW (self));

  if (day == NULL || !mit_date_parse (day, &date))
    return;

  if ((int)g_date_get_month (&date) != self->month || (int)g_date_get_year (&date) != self->year)
    mit_month_view_set_month (self, g_date_get_year (&date), g_date_get_month (&date));

  for (guint c = 0; c < N_CELLS; c++)
    if (g_date_compare (&self->cells[c].date, &date) == 0)
      {
        gtk_widget_grab_focus (self->cells[c].button);
        return;
      }
}

gboolean
mit_month_view_get_compact (MitMonthView *self)
{
  g_return_val_if_fail (MIT_IS_MONTH_VIEW (self), FALSE);

  return self->compact;
}
