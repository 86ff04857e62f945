/* mit-registration.h: a registration for an event (Anmeldung)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_REGISTRATION (mit_registration_get_type ())
G_DECLARE_FINAL_TYPE (MitRegistration, mit_registration, MIT, REGISTRATION, GObject)

/* Properties: "id", "uid", "created", "modified" (read-only, set by the
 * store), "event-id", "name", "contact" (e-mail or phone), "organisation",
 * "consent" (a MitConsent: may the name be published, e.g. in the
 * documentation), "status" (a MitRegistrationStatus) and read-only
 * "position" (the order of registration, 1 first; set by the store). The
 * store decides whether a new registration gets a place or goes to the
 * waiting list: see mit_store_register(). */

MitRegistration      *mit_registration_new              (gint64           event_id);

gint64                mit_registration_get_id           (MitRegistration *self);
const char           *mit_registration_get_uid          (MitRegistration *self);
const char           *mit_registration_get_created      (MitRegistration *self);
const char           *mit_registration_get_modified     (MitRegistration *self);

gint64                mit_registration_get_event_id     (MitRegistration *self);
const char           *mit_registration_get_name         (MitRegistration *self);
void                  mit_registration_set_name         (MitRegistration *self,
                                                         const char      *name);
const char           *mit_registration_get_contact      (MitRegistration *self);
void                  mit_registration_set_contact      (MitRegistration *self,
                                                         const char      *contact);
const char           *mit_registration_get_organisation (MitRegistration *self);
void                  mit_registration_set_organisation (MitRegistration *self,
                                                         const char      *organisation);
MitConsent            mit_registration_get_consent      (MitRegistration *self);
void                  mit_registration_set_consent      (MitRegistration *self,
                                                         MitConsent       consent);
MitRegistrationStatus mit_registration_get_status       (MitRegistration *self);
void                  mit_registration_set_status       (MitRegistration *self,
                                                         MitRegistrationStatus status);
int                   mit_registration_get_position     (MitRegistration *self);

/* Whether the registration holds a place (registered, attended, no-show). */
gboolean              mit_registration_status_holds_place (MitRegistrationStatus status);
/* "Registered", "Waiting List" …, translated. */
const char           *mit_registration_status_get_label (MitRegistrationStatus status);

/* For the store. */
void                  _mit_registration_set_identity    (MitRegistration *self,
                                                         gint64           id,
                                                         const char      *uid,
                                                         const char      *created,
                                                         const char      *modified);
void                  _mit_registration_set_position    (MitRegistration *self,
                                                         int              position);

G_END_DECLS
