/* mit-person.h: a contact person (Ansprechpartner*in)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mit-types.h"

G_BEGIN_DECLS

#define MIT_TYPE_PERSON (mit_person_get_type ())
G_DECLARE_FINAL_TYPE (MitPerson, mit_person, MIT, PERSON, GObject)

typedef enum
{
  MIT_PERSON_NAME,
  MIT_PERSON_SALUTATION,     /* pronoun or salutation, optional ("Frau", "sie/ihr") */
  MIT_PERSON_PHONE,
  MIT_PERSON_EMAIL,
  MIT_PERSON_CONSENT_DATE,   /* "YYYY-MM-DD" or empty */
  MIT_PERSON_N_TEXT_FIELDS
} MitPersonText;

MitPerson   *mit_person_new                 (void);

gint64       mit_person_get_id              (MitPerson     *self);
const char  *mit_person_get_uid             (MitPerson     *self);
const char  *mit_person_get_created         (MitPerson     *self);
const char  *mit_person_get_modified        (MitPerson     *self);

const char  *mit_person_get_text            (MitPerson     *self,
                                             MitPersonText  which);
void         mit_person_set_text            (MitPerson     *self,
                                             MitPersonText  which,
                                             const char    *value);
const char  *mit_person_text_property_name  (MitPersonText  which);

const char  *mit_person_get_name            (MitPerson     *self);
void         mit_person_set_name            (MitPerson     *self,
                                             const char    *name);

gboolean     mit_person_get_volunteer       (MitPerson     *self);
void         mit_person_set_volunteer       (MitPerson     *self,
                                             gboolean       volunteer);
MitConsent   mit_person_get_consent         (MitPerson     *self);
void         mit_person_set_consent         (MitPerson     *self,
                                             MitConsent     consent);

const char * const *mit_person_get_languages (MitPerson          *self);
void                mit_person_set_languages (MitPerson          *self,
                                              const char * const *languages);

void         _mit_person_set_identity       (MitPerson     *self,
                                             gint64         id,
                                             const char    *uid,
                                             const char    *created,
                                             const char    *modified);

G_END_DECLS
