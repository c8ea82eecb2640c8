-- Proposals and decisions: one voice per member organisation, rules frozen when a proposal opens, every version of
-- its text kept, an objection ledger, and the outcome recorded once (the closing job and the facilitator race for
-- the same row lock; whoever comes second sees it closed).
CREATE TABLE governance.proposal (
    id               bigserial PRIMARY KEY,
    kind             varchar(20)  NOT NULL,
    title            varchar(200) NOT NULL,
    state            varchar(12)  NOT NULL DEFAULT 'OPEN',
    outcome          varchar(20),
    opened_at        timestamptz  NOT NULL,
    closes_at        timestamptz  NOT NULL,
    closed_at        timestamptz,
    opened_by        varchar(200) NOT NULL,   -- the person's name as shown
    opened_by_email  varchar(320),
    opened_for       varchar(100),            -- the organisation the person opened it for (null: the platform)
    facilitator      varchar(320),            -- a delegation address; declares rough consensus
    concerned        varchar(100),            -- membership: the applicant; exclusion, end of services: the member
    -- the rules in force when it opened (changing the settings later never changes them)
    rule_mode        varchar(20)  NOT NULL,
    rule_quorum      numeric(4,3) NOT NULL,
    rule_min_support integer      NOT NULL,
    rule_appeal      varchar(40)  NOT NULL,   -- ISO-8601 durations, as configured
    rule_review      varchar(40),
    rationale        text,                    -- the facilitator's, for rough consensus or not adopted
    in_the_rough     varchar(1000),           -- organisations named "in the rough", comma-separated
    closed_by        varchar(200),
    effects_applied  timestamptz,             -- when an adopted outcome took effect (rough consensus: after appeals)
    charter_path     varchar(300),            -- charter change: the governed page
    charter_revision bigint,                  -- charter change: the knowledge base's charter proposal it approves
    care_team        varchar(2000),           -- care team: the addresses it names, comma-separated
    text_version     integer      NOT NULL DEFAULT 1,
    version          bigint       NOT NULL DEFAULT 0,
    CONSTRAINT proposal_closed_has_outcome CHECK ((state = 'OPEN') = (outcome IS NULL))
);
-- the closing job's scan, the decision log and the news page
CREATE INDEX proposal_due ON governance.proposal (closes_at) WHERE state = 'OPEN';
CREATE INDEX proposal_closed ON governance.proposal (closed_at DESC) WHERE state <> 'OPEN';
CREATE INDEX proposal_effects_due ON governance.proposal (closed_at) WHERE outcome IN ('CONSENSUS', 'ROUGH_CONSENSUS') AND effects_applied IS NULL;

CREATE TABLE governance.proposal_version (
    id          bigserial PRIMARY KEY,
    proposal_id bigint       NOT NULL REFERENCES governance.proposal (id),
    number      integer      NOT NULL,
    title       varchar(200) NOT NULL,
    text        text         NOT NULL,
    summary     varchar(500),
    author      varchar(200) NOT NULL,
    created_at  timestamptz  NOT NULL,
    UNIQUE (proposal_id, number)
);

CREATE TABLE governance.stance (
    id            bigserial PRIMARY KEY,
    proposal_id   bigint       NOT NULL REFERENCES governance.proposal (id),
    organisation  varchar(100) NOT NULL,
    stance        varchar(20)  NOT NULL,
    reason        text,
    spoken_by     varchar(200) NOT NULL,
    spoken_by_email varchar(320),
    text_version  integer      NOT NULL,     -- older than the proposal's: stale, asked to confirm
    taken_at      timestamptz  NOT NULL,
    UNIQUE (proposal_id, organisation)
);

CREATE TABLE governance.objection (
    id            bigserial PRIMARY KEY,
    proposal_id   bigint       NOT NULL REFERENCES governance.proposal (id),
    organisation  varchar(100) NOT NULL,
    reason        text         NOT NULL,
    raised_by     varchar(200) NOT NULL,
    raised_at     timestamptz  NOT NULL,
    text_version  integer      NOT NULL,
    state         varchar(20)  NOT NULL DEFAULT 'OPEN',
    answer        text,
    minutes_url   varchar(500),
    resolved_by   varchar(200),
    resolved_at   timestamptz
);
CREATE INDEX objection_proposal ON governance.objection (proposal_id, id);

CREATE TABLE governance.comment (
    id            bigserial PRIMARY KEY,
    proposal_id   bigint       NOT NULL REFERENCES governance.proposal (id),
    organisation  varchar(100),
    author        varchar(200) NOT NULL,
    body          text         NOT NULL,
    posted_at     timestamptz  NOT NULL
);
CREATE INDEX comment_proposal ON governance.comment (proposal_id, id);

CREATE TABLE governance.appeal (
    id            bigserial PRIMARY KEY,
    proposal_id   bigint       NOT NULL REFERENCES governance.proposal (id),
    organisation  varchar(100) NOT NULL,
    reason        text         NOT NULL,
    lodged_by     varchar(200) NOT NULL,
    lodged_at     timestamptz  NOT NULL
);

-- Applications to join: the organisation is an applicant in the directory; its membership proposal carries the
-- discussion, the stances and the revisions.
CREATE TABLE governance.application (
    id            bigserial PRIMARY KEY,
    organisation  varchar(100) NOT NULL,
    organisation_name varchar(200) NOT NULL,
    proposal_id   bigint       NOT NULL UNIQUE REFERENCES governance.proposal (id),
    submitted_by  varchar(200) NOT NULL,
    submitted_by_email varchar(320) NOT NULL,
    submitted_at  timestamptz  NOT NULL,
    welcome_draft bigint       REFERENCES governance.proposal (id)
);
CREATE INDEX application_organisation ON governance.application (organisation);

-- Monthly online meetings. The agenda is computed (open proposals and applications under review, plus free items);
-- minutes are Markdown, approved at the following meeting.
CREATE TABLE governance.meeting (
    id            bigserial PRIMARY KEY,
    starts_at     timestamptz  NOT NULL,
    time_zone     varchar(60)  NOT NULL,
    duration_minutes integer   NOT NULL DEFAULT 90,
    link          varchar(500),
    facilitator   varchar(320),
    note_taker    varchar(320),
    minutes       text,
    minutes_approved_by bigint REFERENCES governance.meeting (id),
    cancelled     boolean      NOT NULL DEFAULT false,
    agenda_published_at timestamptz,
    created_by    varchar(200) NOT NULL,
    version       bigint       NOT NULL DEFAULT 0
);
CREATE INDEX meeting_starts ON governance.meeting (starts_at);

CREATE TABLE governance.agenda_item (
    id            bigserial PRIMARY KEY,
    meeting_id    bigint       NOT NULL REFERENCES governance.meeting (id),
    title         varchar(200) NOT NULL,
    description   text,
    added_by      varchar(200) NOT NULL,
    added_at      timestamptz  NOT NULL
);
CREATE INDEX agenda_item_meeting ON governance.agenda_item (meeting_id, id);

CREATE TABLE governance.attendance (
    meeting_id    bigint       NOT NULL REFERENCES governance.meeting (id),
    organisation  varchar(100) NOT NULL,
    PRIMARY KEY (meeting_id, organisation)
);

-- Departures: voluntary (at once or at a date), or after an adopted exclusion / end-of-services decision.
CREATE TABLE governance.departure (
    id            bigserial PRIMARY KEY,
    organisation  varchar(100) NOT NULL,
    reason        varchar(20)  NOT NULL,
    effective_at  timestamptz  NOT NULL,
    proposal_id   bigint       REFERENCES governance.proposal (id),
    requested_by  varchar(200) NOT NULL,
    requested_at  timestamptz  NOT NULL,
    done_at       timestamptz
);
CREATE INDEX departure_due ON governance.departure (effective_at) WHERE done_at IS NULL;

-- The care team (people who handle incident reports), named by adopted care-team proposals or at bootstrap.
CREATE TABLE governance.care_team_member (
    email         varchar(320) PRIMARY KEY,
    name          varchar(200),
    named_by      bigint       REFERENCES governance.proposal (id),
    named_at      timestamptz  NOT NULL
);

-- Confidential incident reports: read by their reporter and the care team, except a member concerned.
CREATE TABLE governance.incident_report (
    id              bigserial PRIMARY KEY,
    reporter_subject varchar(255) NOT NULL,
    reporter_email  varchar(320),
    reporter_name   varchar(200) NOT NULL,
    concerns        varchar(2000),            -- e-mail addresses of people concerned, comma-separated, lower case
    text            text         NOT NULL,
    reported_at     timestamptz  NOT NULL,
    state           varchar(20)  NOT NULL DEFAULT 'OPEN'
);
CREATE TABLE governance.incident_note (
    id            bigserial PRIMARY KEY,
    report_id     bigint       NOT NULL REFERENCES governance.incident_report (id),
    author        varchar(200) NOT NULL,
    body          text         NOT NULL,
    written_at    timestamptz  NOT NULL
);

-- E-mail: what each organisation chooses to receive, and every message sent once (the key makes a second send of
-- the same notice, by a second instance or a retried job, a no-op).
CREATE TABLE governance.notification_choice (
    id            bigserial PRIMARY KEY,
    organisation  varchar(100) NOT NULL,
    topic         varchar(30)  NOT NULL,
    enabled       boolean      NOT NULL,
    UNIQUE (organisation, topic)
);
CREATE TABLE governance.notice_sent (
    key           varchar(300) PRIMARY KEY,
    sent_at       timestamptz  NOT NULL
);
