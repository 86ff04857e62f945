/* mit-types.h: forward declarations shared by every layer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _MitActor        MitActor;
typedef struct _MitPerson       MitPerson;
typedef struct _MitAffiliation  MitAffiliation;
typedef struct _MitStore        MitStore;
typedef struct _MitQueryModel   MitQueryModel;
typedef struct _MitVocabTerm    MitVocabTerm;
typedef struct _MitTargetGroup  MitTargetGroup;
typedef struct _MitAssessment   MitAssessment;
typedef struct _MitChannel      MitChannel;
typedef struct _MitEvent        MitEvent;
typedef struct _MitEventTask    MitEventTask;
typedef struct _MitRegistration MitRegistration;
typedef struct _MitSteeringMember MitSteeringMember;
typedef struct _MitMeeting      MitMeeting;
typedef struct _MitAgendaItem   MitAgendaItem;
typedef struct _MitDecision     MitDecision;
typedef struct _MitActionItem   MitActionItem;

/**
 * MitSector:
 * @MIT_SECTOR_PROFESSIONAL: Hauptamt, paid professionals
 * @MIT_SECTOR_VOLUNTEER: Ehrenamt, volunteers
 * @MIT_SECTOR_MIGRANT_ORGANISATION: Migrantenorganisation
 */
typedef enum
{
  MIT_SECTOR_PROFESSIONAL = 0,
  MIT_SECTOR_VOLUNTEER = 1,
  MIT_SECTOR_MIGRANT_ORGANISATION = 2,
} MitSector;

#define MIT_SECTOR_LAST MIT_SECTOR_MIGRANT_ORGANISATION

/**
 * MitBarrierFree:
 * Whether an actor's premises are barrier-free (barrierefrei), as the
 * portal says or as typed in; unknown until someone says.
 */
typedef enum
{
  MIT_BARRIER_FREE_UNKNOWN = 0,
  MIT_BARRIER_FREE_YES = 1,
  MIT_BARRIER_FREE_NO = 2,
} MitBarrierFree;

#define MIT_BARRIER_FREE_LAST MIT_BARRIER_FREE_NO

/**
 * MitConsent:
 * Publication consent of a person, from narrow to wide; each level
 * includes the ones before it.
 */
typedef enum
{
  MIT_CONSENT_NONE = 0,      /* not at all */
  MIT_CONSENT_INTERNAL = 1,  /* inside the network only */
  MIT_CONSENT_PRINT = 2,     /* printed directory */
  MIT_CONSENT_WEB = 3,       /* web site and portal */
} MitConsent;

#define MIT_CONSENT_LAST MIT_CONSENT_WEB

/**
 * MitRecordKind:
 * Flags naming the kinds of records a committed transaction changed;
 * carried by MitStore::changed.
 */
typedef enum
{
  MIT_RECORD_ACTOR       = 1 << 0,
  MIT_RECORD_PERSON      = 1 << 1,
  MIT_RECORD_AFFILIATION = 1 << 2,
  MIT_RECORD_VOCABULARY  = 1 << 3,
  MIT_RECORD_TARGET_GROUP = 1 << 4,
  MIT_RECORD_ASSESSMENT  = 1 << 5,
  MIT_RECORD_CHANNEL     = 1 << 6,
  MIT_RECORD_EVENT       = 1 << 7,
  MIT_RECORD_EVENT_TASK  = 1 << 8,
  MIT_RECORD_REGISTRATION = 1 << 9,
  MIT_RECORD_STEERING_MEMBER = 1 << 10,
  MIT_RECORD_MEETING     = 1 << 11,
  MIT_RECORD_AGENDA_ITEM = 1 << 12,  /* also the action items an item carries over */
  MIT_RECORD_DECISION    = 1 << 13,
  MIT_RECORD_ACTION_ITEM = 1 << 14,
  MIT_RECORD_TOPIC       = 1 << 15,  /* a page of a portal (not in the undo history) */
  MIT_RECORD_ALL         = 0xffff,
} MitRecordKind;

/**
 * MitReachability:
 * @MIT_REACHABILITY_UNKNOWN: never assessed
 * @MIT_REACHABILITY_GOOD: the group is reached well (gut erreicht)
 * @MIT_REACHABILITY_MEDIUM: reached in part (mittel)
 * @MIT_REACHABILITY_LITTLE_OR_NONE: reached little or not at all (kaum/nicht)
 *
 * How well the network reaches a target group, as one assessment says.
 * The values are stored (assessment.level).
 */
typedef enum
{
  MIT_REACHABILITY_UNKNOWN = -1,
  MIT_REACHABILITY_GOOD = 0,
  MIT_REACHABILITY_MEDIUM = 1,
  MIT_REACHABILITY_LITTLE_OR_NONE = 2,
} MitReachability;

#define MIT_REACHABILITY_LAST MIT_REACHABILITY_LITTLE_OR_NONE

/**
 * MitChannelStrength:
 * How well an actor reaches a target group through a channel; stored
 * (channel.strength).
 */
typedef enum
{
  MIT_CHANNEL_WEAK = 0,
  MIT_CHANNEL_REGULAR = 1,
  MIT_CHANNEL_STRONG = 2,
} MitChannelStrength;

#define MIT_CHANNEL_STRENGTH_LAST MIT_CHANNEL_STRONG

/**
 * MitEventStatus:
 * Where an event stands; stored (event.status).
 */
typedef enum
{
  MIT_EVENT_IDEA = 0,       /* an idea, nothing fixed */
  MIT_EVENT_PLANNED = 1,    /* being planned */
  MIT_EVENT_CONFIRMED = 2,  /* date and venue fixed, announced */
  MIT_EVENT_DONE = 3,       /* took place */
  MIT_EVENT_CANCELLED = 4,  /* called off */
} MitEventStatus;

#define MIT_EVENT_STATUS_LAST MIT_EVENT_CANCELLED

/**
 * MitRegistrationStatus:
 * Where a registration for an event stands; stored (registration.status).
 * Registered, attended and no-show hold a place; a waiting one moves up
 * when a place becomes free.
 */
typedef enum
{
  MIT_REGISTRATION_REGISTERED = 0,
  MIT_REGISTRATION_WAITING = 1,     /* on the waiting list */
  MIT_REGISTRATION_CANCELLED = 2,
  MIT_REGISTRATION_ATTENDED = 3,
  MIT_REGISTRATION_NO_SHOW = 4,
} MitRegistrationStatus;

#define MIT_REGISTRATION_STATUS_LAST MIT_REGISTRATION_NO_SHOW

/**
 * MitMemberRole:
 * A member's role in the steering group; stored (steering_member.role).
 */
typedef enum
{
  MIT_MEMBER_MEMBER = 0,
  MIT_MEMBER_CHAIR = 1,         /* Vorsitz */
  MIT_MEMBER_DEPUTY_CHAIR = 2,  /* stellvertretender Vorsitz */
  MIT_MEMBER_MINUTE_TAKER = 3,  /* Protokoll */
} MitMemberRole;

#define MIT_MEMBER_ROLE_LAST MIT_MEMBER_MINUTE_TAKER

/**
 * MitMeetingStatus:
 * Whether a meeting is still ahead or took place; stored (meeting.status).
 */
typedef enum
{
  MIT_MEETING_PLANNED = 0,
  MIT_MEETING_HELD = 1,
} MitMeetingStatus;

#define MIT_MEETING_STATUS_LAST MIT_MEETING_HELD

/**
 * MitAgendaItemKind:
 * @MIT_AGENDA_ITEM_REGULAR: an item of the agenda as planned
 * @MIT_AGENDA_ITEM_OPEN_ACTIONS: "Open action items": lists the open action
 *   items carried over from earlier meetings
 */
typedef enum
{
  MIT_AGENDA_ITEM_REGULAR = 0,
  MIT_AGENDA_ITEM_OPEN_ACTIONS = 1,
} MitAgendaItemKind;

/**
 * MitDecisionKind:
 * What a decision of the steering group is; stored (decision.kind).
 */
typedef enum
{
  MIT_DECISION_ACKNOWLEDGEMENT = 0,  /* Kenntnisnahme */
  MIT_DECISION_RESOLUTION = 1,       /* Beschluss */
  MIT_DECISION_RECOMMENDATION = 2,   /* Empfehlung */
} MitDecisionKind;

#define MIT_DECISION_KIND_LAST MIT_DECISION_RECOMMENDATION

/**
 * MitActionStatus:
 * Where an action item stands; stored (action_item.status). Open ones are
 * carried into the next meeting.
 */
typedef enum
{
  MIT_ACTION_OPEN = 0,
  MIT_ACTION_DONE = 1,
  MIT_ACTION_DROPPED = 2,
} MitActionStatus;

#define MIT_ACTION_STATUS_LAST MIT_ACTION_DROPPED

G_END_DECLS
